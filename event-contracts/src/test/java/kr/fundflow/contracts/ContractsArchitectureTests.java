package kr.fundflow.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "kr.fundflow.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureTests {

	@ArchTest
	static final ArchRule contractsDoNotDependOnSpring = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..");

}
