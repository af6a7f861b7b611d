package kr.fundflow.localstack.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a Spring Boot actuator health endpoint. */
public final class HealthProbe {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @return the reported status (UP, DOWN, ...), or empty when nothing answers (yet)
	 */
	public Optional<String> status(URI health) {
		HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			// a DOWN service answers 503 with the same body shape
			JsonNode status = this.json.readTree(response.body()).path("status");
			return Optional.of(status.isString() ? status.asString() : "HTTP " + response.statusCode());
		}
		catch (IOException | JacksonException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

}
