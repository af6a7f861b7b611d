package kr.fundflow.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stack's gateway as a client sees it: dev tokens from {@code POST /auth/dev-token},
 * JSON requests with a bearer token, and polling for what the services settle
 * asynchronously (through Kafka).
 */
final class Gateway {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

	private final URI base;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	Gateway(URI base) {
		this.base = base;
	}

	URI uri(String path) {
		return this.base.resolve(path);
	}

	HttpClient http() {
		return this.http;
	}

	boolean isHealthy() {
		try {
			return "UP".equals(get("/actuator/health", null).json().path("status").asString(""));
		}
		catch (Exception ex) {
			return false;
		}
	}

	/**
	 * A signed token for a person of another role than a working group (cached per
	 * subject).
	 */
	String token(String subject, String role) {
		return token(subject, role, null);
	}

	/**
	 * A signed token; {@code region} only for working groups (cached per subject, role
	 * and region).
	 */
	String token(String subject, String role, String region) {
		return this.tokens.computeIfAbsent(subject + "/" + role + "/" + region, (key) -> {
			String body = (region != null)
					? "{\"subject\": \"%s\", \"role\": \"%s\", \"region\": \"%s\"}".formatted(subject, role, region)
					: "{\"subject\": \"%s\", \"role\": \"%s\"}".formatted(subject, role);
			Reply reply = post("/auth/dev-token", body, null);
			if (reply.status() != 200) {
				throw new AssertionError("no dev token for " + key + ": " + reply);
			}
			return reply.json().path("token").asString();
		});
	}

	Reply get(String path, String token) {
		return send(request(path, token).GET());
	}

	Reply post(String path, String json, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Reply patch(String path, String json, String token) {
		return send(request(path, token).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A request to the gateway with the bearer token (none when {@code null}). */
	HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("no answer from the gateway: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * Polls until {@code probe} yields a value, at most {@code timeout}; the failure says
	 * what was awaited and what {@code lastSeen} showed last.
	 */
	static <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe, Supplier<Object> lastSeen) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError(
						"no " + what + " within " + timeout.toSeconds() + " s; last seen: " + lastSeen.get());
			}
			try {
				Thread.sleep(POLL_INTERVAL.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + what, ex);
			}
		}
	}

	/** An answer of the gateway. */
	record Reply(int status, HttpHeaders headers, byte[] bytes) {

		String body() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(this.bytes);
		}

		String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

		@Override
		public String toString() {
			String body = body();
			return this.status + " " + contentType() + " "
					+ ((body.length() > 2000) ? body.substring(0, 2000) + "…" : body);
		}

	}

}
