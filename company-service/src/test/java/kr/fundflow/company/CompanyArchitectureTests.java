package kr.fundflow.company;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import kr.fundflow.testsupport.ServiceArchitectureRules;

/** STYLE.md's layering, shared by every service. */
@AnalyzeClasses(packages = "kr.fundflow.company", importOptions = ImportOption.DoNotIncludeTests.class)
class CompanyArchitectureTests {

	@ArchTest
	static final ArchTests layering = ArchTests.in(ServiceArchitectureRules.class);

}
