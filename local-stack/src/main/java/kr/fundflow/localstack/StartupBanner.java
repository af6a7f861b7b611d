package kr.fundflow.localstack;

import java.time.Duration;

import kr.fundflow.localstack.postgres.Databases;
import kr.fundflow.localstack.postgres.PostgresEndpoint;

/** The block of URLs printed once the stack is up. */
final class StartupBanner {

	private StartupBanner() {
	}

	static void printAll(StackPorts ports, PostgresEndpoint postgres, Databases databases, DataDirectory dataDirectory,
			Duration startup) {
		String gateway = "http://127.0.0.1:" + ports.gateway();
		Console.info(String.format(java.util.Locale.ROOT, "ready in %d s", startup.toSeconds()));
		row("Dashboard", gateway + "/");
		row("API docs", gateway + "/swagger-ui.html");
		row("Gateway health", gateway + "/actuator/health");
		row("fund-service", "http://127.0.0.1:" + ports.fundService() + "/actuator/health");
		row("company-service", "http://127.0.0.1:" + ports.companyService() + "/actuator/health");
		row("matching-service", "http://127.0.0.1:" + ports.matchingService() + "/actuator/health");
		printInfrastructureRows(ports, postgres, databases, dataDirectory);
		row("Token", "curl -s -X POST " + gateway + "/auth/dev-token -H 'Content-Type: application/json' "
				+ "-d '{\"subject\":\"me\",\"role\":\"MINISTRY\"}'");
		row("", "roles: MINISTRY, OPERATOR, OPS, WORKING_GROUP (add \"region\":\"GYEONGBUK\"); then "
				+ "curl -H \"Authorization: Bearer $TOKEN\" " + gateway + "/api/funds");
		Console.plain("Press Ctrl-C to stop.");
	}

	static void printInfrastructure(StackPorts ports, PostgresEndpoint postgres, Databases databases,
			DataDirectory dataDirectory, JwtKeys keys) {
		Console.info("infrastructure ready (--infra-only: start the services yourself)");
		printInfrastructureRows(ports, postgres, databases, dataDirectory);
		row("JWT public key", "JWT_PUBLIC_KEY_LOCATION=file:" + keys.publicKeyPem());
		row("JWT private key", "JWT_PRIVATE_KEY_LOCATION=file:" + keys.privateKeyPem() + " (gateway, local profile)");
		Console.plain("Press Ctrl-C to stop.");
	}

	private static void printInfrastructureRows(StackPorts ports, PostgresEndpoint postgres, Databases databases,
			DataDirectory dataDirectory) {
		row("Kafka", "127.0.0.1:" + ports.kafkaBroker() + " (KAFKA_BOOTSTRAP_SERVERS)");
		row("PostgreSQL",
				postgres.describe() + " user " + postgres.user() + ", databases " + String.join(", ", databases.all()));
		row("Logs", dataDirectory.logs().toString());
	}

	private static void row(String label, String value) {
		Console.plain(String.format(java.util.Locale.ROOT, "  %-17s %s", label, value));
	}

}
