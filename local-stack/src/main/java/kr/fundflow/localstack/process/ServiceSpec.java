package kr.fundflow.localstack.process;

import java.net.URI;
import java.util.Map;

/**
 * One Spring Boot service of the stack: its name (also its jar's and log's name), its
 * port and the environment it is configured with.
 *
 * @param name e.g. fund-service
 * @param port its HTTP port
 * @param environment its configuration (SERVER_PORT, DB_*, KAFKA_*, JWT_*, ...)
 */
public record ServiceSpec(String name, int port, Map<String, String> environment) {

	public URI baseUri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	public URI healthUri() {
		return baseUri().resolve("/actuator/health");
	}

}
