package kr.fundflow.drills.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP to the stack's gateway, with dev tokens from its {@code /auth/dev-token} (local
 * profile), kept per identity.
 */
public final class Gateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int RAW_ANSWER_LIMIT = 64 * 1024;

	private final URI base;

	private final HttpClient http;

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	public Gateway(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
		ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "http");
			thread.setDaemon(true);
			return thread;
		});
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(3))
			.version(HttpClient.Version.HTTP_1_1)
			.executor(executor)
			.build();
	}

	/**
	 * A bearer token for a dev identity, e.g. {@code ("drill-operator", "OPERATOR",
	 * null)}; fetched once (tokens last 8 h), retried while the gateway is away.
	 */
	public String token(String subject, String role, String region) throws InterruptedException {
		String cacheKey = subject + "|" + role + "|" + region;
		String cached = this.tokens.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		ObjectNode request = JSON.createObjectNode().put("subject", subject).put("role", role);
		if (region != null) {
			request.put("region", region);
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
		while (true) {
			Answer answer = send("POST", "/auth/dev-token", request.toString(), null, Map.of());
			if (answer.ok()) {
				String token = answer.json().path("token").asString("");
				this.tokens.put(cacheKey, token);
				return token;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("no dev token for " + subject + ": " + answer.describe());
			}
			Thread.sleep(500);
		}
	}

	public Answer get(String path, String token) {
		return send("GET", path, null, token, Map.of());
	}

	/**
	 * Any request: {@code body} null for none; {@code headers} beside Authorization and
	 * (with a body) Content-Type application/json, which they may override.
	 */
	public Answer send(String method, String path, String body, String token, Map<String, String> headers) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve(path))
				.timeout(Duration.ofSeconds(40))
				.header("Accept", "application/json");
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			if (body != null && !headers.containsKey("Content-Type")) {
				request.header("Content-Type", "application/json");
			}
			headers.forEach(request::header);
			request.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(), response.headers(), null);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Answer.failed(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Answer.failed(ex);
		}
	}

	/**
	 * A raw request (a fuzzed one): any method, path and body bytes. Only the first 64
	 * KiB of the answer are read: a read that happens to be valid may stream a whole CSV
	 * export.
	 */
	public Answer sendRaw(String method, String rawPath, byte[] body, Map<String, String> headers, Duration timeout) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + rawPath)).timeout(timeout);
			headers.forEach(request::header);
			request.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
			HttpResponse<InputStream> response = this.http.send(request.build(),
					HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream in = response.body()) {
				String text = new String(in.readNBytes(RAW_ANSWER_LIMIT), StandardCharsets.UTF_8);
				return new Answer(response.statusCode(), text, response.headers(), null);
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Answer.failed(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Answer.failed(ex);
		}
	}

}
