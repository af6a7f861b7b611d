package kr.fundflow.localstack.process;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.fundflow.localstack.StackPorts;
import kr.fundflow.localstack.postgres.Databases;
import kr.fundflow.localstack.postgres.PostgresEndpoint;

/**
 * The four services and how each is configured (the environment variables of
 * docs/architecture.md).
 *
 * @param ports the stack's ports
 * @param postgres where the databases are
 * @param databases the database names
 * @param kafkaBootstrapServers the broker
 * @param jwtPublicKey verifies tokens (all four)
 * @param jwtPrivateKey signs dev tokens (the gateway in the local profile)
 * @param supervisorPid the services exit once this process is gone
 */
public record ServiceLineup(StackPorts ports, PostgresEndpoint postgres, Databases databases,
		String kafkaBootstrapServers, Path jwtPublicKey, Path jwtPrivateKey, long supervisorPid) {

	/** Started together, before the gateway. */
	public List<ServiceSpec> backendServices() {
		return List.of(backend("fund-service", this.ports.fundService(), this.databases.fund()),
				backend("company-service", this.ports.companyService(), this.databases.company()),
				backend("matching-service", this.ports.matchingService(), this.databases.matching()));
	}

	public ServiceSpec gateway() {
		Map<String, String> env = common(this.ports.gateway());
		env.put("SPRING_PROFILES_ACTIVE", "local");
		env.put("JWT_PRIVATE_KEY_LOCATION", fileLocation(this.jwtPrivateKey));
		env.put("FUND_SERVICE_URL", "http://127.0.0.1:" + this.ports.fundService());
		env.put("COMPANY_SERVICE_URL", "http://127.0.0.1:" + this.ports.companyService());
		env.put("MATCHING_SERVICE_URL", "http://127.0.0.1:" + this.ports.matchingService());
		return new ServiceSpec("gateway", this.ports.gateway(), Map.copyOf(env));
	}

	private ServiceSpec backend(String name, int port, String database) {
		Map<String, String> env = common(port);
		env.put("DB_HOST", this.postgres.host());
		env.put("DB_PORT", String.valueOf(this.postgres.port()));
		env.put("DB_NAME", database);
		env.put("DB_USER", this.postgres.user());
		env.put("DB_PASSWORD", this.postgres.password());
		return new ServiceSpec(name, port, Map.copyOf(env));
	}

	private Map<String, String> common(int port) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(port));
		// the gateway's health includes Kafka, so it gets the broker too
		env.put("KAFKA_BOOTSTRAP_SERVERS", this.kafkaBootstrapServers);
		env.put("JWT_PUBLIC_KEY_LOCATION", fileLocation(this.jwtPublicKey));
		env.put("FUNDFLOW_PARENT_PID", String.valueOf(this.supervisorPid));
		return env;
	}

	private static String fileLocation(Path file) {
		return "file:" + file.toAbsolutePath();
	}

}
