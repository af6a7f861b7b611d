package kr.fundflow.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * STYLE.md, and what the gateway must not become: pure domain, web never touches where
 * buckets or keys live, and nothing durable — no database, no events, no Kafka but the
 * health check's admin client.
 */
@AnalyzeClasses(packages = "kr.fundflow.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class GatewayArchitectureTests {

	@ArchTest
	static final ArchRule domainIsFreeOfSpringAndAdapters = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "com.nimbusds..", "..web..", "..store..", "..jwt..",
				"..application..");

	@ArchTest
	static final ArchRule webDoesNotReachAdaptersDirectly = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..store..", "..jwt..", "org.springframework.data.redis..", "com.nimbusds..");

	@ArchTest
	static final ArchRule useCasesDoNotKnowTheirAdapters = noClasses().that()
		.resideInAPackage("..application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..web..", "..store..", "..jwt..", "org.springframework..");

	@ArchTest
	static final ArchRule theGatewayOwnsNoDataAndHandlesNoEvents = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("kr.fundflow.contracts..", "kr.fundflow.platform.outbox..", "kr.fundflow.platform.inbox..",
				"org.springframework.r2dbc..", "org.springframework.kafka..", "io.r2dbc..", "java.sql..");

	@ArchTest
	static final ArchRule onlyTheHealthCheckTalksToKafka = noClasses().that()
		.resideOutsideOfPackage("..health..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.apache.kafka..");

}
