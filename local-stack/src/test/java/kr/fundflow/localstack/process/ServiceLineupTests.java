package kr.fundflow.localstack.process;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.fundflow.localstack.StackPorts;
import kr.fundflow.localstack.postgres.Databases;
import kr.fundflow.localstack.postgres.PostgresEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ServiceLineupTests {

	private final ServiceLineup lineup = new ServiceLineup(new StackPorts(100),
			new PostgresEndpoint("127.0.0.1", 5432, "postgres", "secret", false), Databases.forPortOffset(100),
			"127.0.0.1:9192", Path.of("/data/keys/jwt-public.pem"), Path.of("/data/keys/jwt-private.pem"), 4242);

	@Test
	void theBackendServicesGetTheirOwnDatabaseAndTheSharedInfrastructure() {
		List<ServiceSpec> services = this.lineup.backendServices();
		assertThat(services).extracting(ServiceSpec::name)
			.containsExactly("fund-service", "company-service", "matching-service");
		Map<String, String> fund = services.get(0).environment();
		assertThat(fund).contains(entry("SERVER_PORT", "8181"), entry("DB_HOST", "127.0.0.1"), entry("DB_PORT", "5432"),
				entry("DB_NAME", "fundflow_fund_100"), entry("DB_USER", "postgres"), entry("DB_PASSWORD", "secret"),
				entry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9192"),
				entry("JWT_PUBLIC_KEY_LOCATION", "file:/data/keys/jwt-public.pem"),
				entry("FUNDFLOW_PARENT_PID", "4242"));
		assertThat(fund).doesNotContainKey("JWT_PRIVATE_KEY_LOCATION");
		assertThat(services.get(1).environment()).contains(entry("SERVER_PORT", "8182"),
				entry("DB_NAME", "fundflow_company_100"));
		assertThat(services.get(2).environment()).contains(entry("SERVER_PORT", "8183"),
				entry("DB_NAME", "fundflow_matching_100"));
	}

	@Test
	void theGatewayRunsTheLocalProfileAndKnowsWhereTheServicesAre() {
		ServiceSpec gateway = this.lineup.gateway();
		assertThat(gateway.healthUri()).hasToString("http://127.0.0.1:8180/actuator/health");
		assertThat(gateway.environment()).contains(entry("SERVER_PORT", "8180"),
				entry("SPRING_PROFILES_ACTIVE", "local"),
				entry("JWT_PRIVATE_KEY_LOCATION", "file:/data/keys/jwt-private.pem"),
				entry("JWT_PUBLIC_KEY_LOCATION", "file:/data/keys/jwt-public.pem"),
				entry("FUND_SERVICE_URL", "http://127.0.0.1:8181"),
				entry("COMPANY_SERVICE_URL", "http://127.0.0.1:8182"),
				entry("MATCHING_SERVICE_URL", "http://127.0.0.1:8183"), entry("FUNDFLOW_PARENT_PID", "4242"));
		assertThat(gateway.environment()).doesNotContainKey("DB_NAME");
	}

	@Test
	void withoutAnOffsetTheDatabasesHaveTheirPlainNames() {
		assertThat(Databases.forPortOffset(0).all()).containsExactly("fundflow_fund", "fundflow_company",
				"fundflow_matching");
	}

}
