package kr.fundflow.fund;

import org.springframework.test.context.DynamicPropertyRegistry;

import kr.fundflow.testsupport.ServiceTestEnvironment;
import kr.fundflow.testsupport.TestPostgres;

/**
 * The test environment of fund-service: a fresh database, the shared broker, the test JWT
 * key, and a consumer group of its own. Spring keeps the contexts of earlier test classes
 * alive in the same JVM; with the production group they would share (and steal) this
 * context's partitions of {@code fundflow.matching.matches}.
 */
public final class FundServiceEnvironment {

	private FundServiceEnvironment() {
	}

	public static TestPostgres.Database register(DynamicPropertyRegistry registry, String databasePrefix) {
		TestPostgres.Database database = ServiceTestEnvironment.register(registry, databasePrefix);
		registry.add("spring.cloud.stream.bindings.matchEvents-in-0.group", () -> "fund-service-" + database.name());
		registry.add("spring.cloud.stream.bindings.flowAllocationEvents-in-0.group",
				() -> "fund-service-flow-" + database.name());
		registry.add("spring.cloud.stream.bindings.flowMatchEvents-in-0.group",
				() -> "fund-service-flow-" + database.name());
		// A new group starts at the earliest offset and so replays approvals of other
		// test classes, which name
		// allocations this database does not have: dead-letter those at once instead of
		// after three attempts.
		registry.add("fundflow.consumer.max-attempts", () -> "1");
		registry.add("fundflow.metrics.budget-refresh", () -> "300ms");
		return database;
	}

}
