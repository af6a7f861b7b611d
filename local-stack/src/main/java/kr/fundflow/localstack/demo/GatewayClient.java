package kr.fundflow.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** Talks JSON to the gateway's API with a bearer token. */
final class GatewayClient {

	private final URI gateway;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json;

	GatewayClient(URI gateway, JsonMapper json) {
		this.gateway = gateway;
		this.json = json;
	}

	/**
	 * An answer: status code, body (a missing node when it is not JSON) and Location
	 * header (empty when none).
	 */
	record Response(int status, JsonNode body, String text, String location) {

		boolean isSuccess() {
			return this.status >= 200 && this.status < 300;
		}

		/** RFC 9457 detail or title, else the start of the body. */
		String problem() {
			String detail = this.body.path("detail").asString("");
			if (detail.isEmpty()) {
				detail = this.body.path("title").asString("");
			}
			if (detail.isEmpty()) {
				detail = (this.text.length() > 160) ? this.text.substring(0, 160) + "…" : this.text;
			}
			return "HTTP " + this.status + (detail.isBlank() ? "" : ": " + detail);
		}

	}

	/** {@code POST /auth/dev-token} (local profile only). */
	String devToken(String subject, String role) throws IOException, InterruptedException {
		var request = this.json.createObjectNode().put("subject", subject).put("role", role);
		Response response = send("POST", "/auth/dev-token", request, null);
		String token = response.body().path("token").asString("");
		if (!response.isSuccess() || token.isEmpty()) {
			throw new IOException("no dev token from " + this.gateway + "/auth/dev-token (" + response.problem() + ")");
		}
		return token;
	}

	Response get(String path, String token) throws IOException, InterruptedException {
		return send("GET", path, null, token);
	}

	Response post(String path, JsonNode body, String token) throws IOException, InterruptedException {
		return send("POST", path, body, token);
	}

	private Response send(String method, String path, JsonNode body, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), parse(response.body()), response.body(),
				response.headers().firstValue("Location").orElse(""));
	}

	private JsonNode parse(String text) {
		if (text == null || text.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return this.json.readTree(text);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

}
