package kr.fundflow.testsupport;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a service under test at a fresh database of its own, the shared test broker and
 * the test JWT key. Use from a {@code @DynamicPropertySource} method.
 */
public final class ServiceTestEnvironment {

	private ServiceTestEnvironment() {
	}

	public static TestPostgres.Database register(DynamicPropertyRegistry registry, String databasePrefix) {
		TestPostgres.Database database = TestPostgres.newDatabase(databasePrefix);
		registry.add("spring.r2dbc.url", database::r2dbcUrl);
		registry.add("spring.r2dbc.username", database::user);
		registry.add("spring.r2dbc.password", database::password);
		registry.add("spring.flyway.url", database::jdbcUrl);
		registry.add("spring.flyway.user", database::user);
		registry.add("spring.flyway.password", database::password);
		registry.add("spring.kafka.bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("spring.cloud.stream.kafka.binder.brokers", TestKafka::bootstrapServers);
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
		return database;
	}

}
