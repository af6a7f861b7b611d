package kr.fundflow.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * STYLE.md's layering, the same for every service: a pure domain, use cases that know
 * ports but not adapters, web that never touches persistence, and only messaging adapters
 * that see the event contracts (the anti-corruption layer). A service includes them with
 * {@code @ArchTest static final ArchTests layering = ArchTests.in(ServiceArchitectureRules.class);}.
 */
public final class ServiceArchitectureRules {

	private ServiceArchitectureRules() {
	}

	@ArchTest
	static final ArchRule domainIsFreeOfFrameworksAndAdapters = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "tools.jackson..", "..web..",
				"..persistence..", "..messaging..", "..application..", "kr.fundflow.contracts..");

	@ArchTest
	static final ArchRule useCasesDoNotKnowTheirAdapters = noClasses().that()
		.resideInAPackage("..application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..persistence..", "..messaging..");

	@ArchTest
	static final ArchRule webDoesNotTouchPersistence = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..persistence..", "..messaging..", "org.springframework.r2dbc..", "io.r2dbc..");

	@ArchTest
	static final ArchRule persistenceDoesNotKnowTheWeb = noClasses().that()
		.resideInAPackage("..persistence..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..messaging..");

	@ArchTest
	static final ArchRule onlyMessagingSeesEventContracts = noClasses().that()
		.resideOutsideOfPackage("..messaging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("kr.fundflow.contracts..");

}
