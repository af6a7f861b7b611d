package kr.fundflow.matching;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * STYLE.md: pure domain, web never touches persistence, only messaging sees the event
 * contracts (the anti-corruption layer), use cases depend on ports, not adapters.
 */
@AnalyzeClasses(packages = "kr.fundflow.matching", importOptions = ImportOption.DoNotIncludeTests.class)
class MatchingArchitectureTests {

	@ArchTest
	static final ArchRule domainIsFreeOfSpringAndAdapters = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..", "..web..",
				"..persistence..", "..messaging..", "..application..", "kr.fundflow.contracts..");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..persistence..", "..messaging..", "org.springframework.r2dbc..");

	@ArchTest
	static final ArchRule onlyMessagingSeesEventContracts = noClasses().that()
		.resideOutsideOfPackage("..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("kr.fundflow.contracts..");

	@ArchTest
	static final ArchRule useCasesDependOnPortsNotAdapters = noClasses().that()
		.resideInAPackage("..application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..persistence..", "..messaging..", "org.springframework.r2dbc..");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..messaging..");

}
