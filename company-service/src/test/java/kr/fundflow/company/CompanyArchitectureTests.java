package kr.fundflow.company;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * STYLE.md: pure domain, web never touches persistence, only messaging sees event
 * contracts.
 */
@AnalyzeClasses(packages = "kr.fundflow.company", importOptions = ImportOption.DoNotIncludeTests.class)
class CompanyArchitectureTests {

	@ArchTest
	static final ArchRule domainIsFreeOfSpringAndAdapters = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "..web..", "..persistence..", "..messaging..",
				"..application..", "kr.fundflow.contracts..");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..persistence..");

	@ArchTest
	static final ArchRule onlyMessagingSeesEventContracts = noClasses().that()
		.resideOutsideOfPackage("..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("kr.fundflow.contracts..");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..messaging..");

	@ArchTest
	static final ArchRule applicationDoesNotKnowItsAdapters = noClasses().that()
		.resideInAPackage("..application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..company.web..", "..company.persistence..", "..company.messaging..");

}
