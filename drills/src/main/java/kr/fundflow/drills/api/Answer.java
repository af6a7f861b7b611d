package kr.fundflow.drills.api;

import java.net.http.HttpHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * An HTTP answer, or the failure to get one ({@code status} -1, {@code failure} says why:
 * connection refused, reset, timeout).
 */
public record Answer(int status, String body, HttpHeaders headers, String failure) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static Answer failed(Exception ex) {
		return new Answer(-1, "", HttpHeaders.of(java.util.Map.of(), (a, b) -> true),
				ex.getClass().getSimpleName() + (ex.getMessage() != null ? ": " + ex.getMessage() : ""));
	}

	public boolean ok() {
		return this.status >= 200 && this.status < 300;
	}

	public boolean is5xx() {
		return this.status >= 500;
	}

	public boolean isProblem() {
		return header("Content-Type").startsWith("application/problem+json");
	}

	/**
	 * A 5xx the system is allowed to give while a part of it is down: 502, 503 or 504 as
	 * problem details. Anything else with 5xx (a 500, or no problem details) is a defect.
	 */
	public boolean isExpectedFault() {
		return (this.status == 502 || this.status == 503 || this.status == 504) && isProblem();
	}

	/** Worth trying again with the same idempotency key. */
	public boolean isRetryable() {
		return this.status == -1 || this.status == 429 || this.is5xx();
	}

	public String header(String name) {
		return this.headers.firstValue(name).orElse("");
	}

	public JsonNode json() {
		try {
			return (this.body == null || this.body.isBlank()) ? MissingNode.getInstance() : JSON.readTree(this.body);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	public String describe() {
		if (this.status == -1) {
			return this.failure;
		}
		String text = (this.body.length() > 200) ? this.body.substring(0, 200) + "…" : this.body;
		return "HTTP " + this.status + " " + text;
	}

}
