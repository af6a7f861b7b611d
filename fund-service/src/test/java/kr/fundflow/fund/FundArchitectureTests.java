package kr.fundflow.fund;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import kr.fundflow.testsupport.ServiceArchitectureRules;

/** STYLE.md's layering, shared by every service. */
@AnalyzeClasses(packages = "kr.fundflow.fund", importOptions = ImportOption.DoNotIncludeTests.class)
class FundArchitectureTests {

	@ArchTest
	static final ArchTests layering = ArchTests.in(ServiceArchitectureRules.class);

}
