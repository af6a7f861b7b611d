package kr.fundflow.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with a stable {@code type} URI per kind of problem, so that
 * clients can branch on it, and a {@code code} property for finer reasons.
 */
public final class Problems {

	private static final String TYPE_BASE = "https://fundflow.kr/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + code));
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		problem.setProperty("code", code);
		return problem;
	}

	/**
	 * A 400 naming the offending fields, e.g. {@code {"field": "brn", "message": "..."}}.
	 */
	public static ProblemDetail invalid(String detail, List<Map<String, String>> fieldErrors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", detail);
		if (!fieldErrors.isEmpty()) {
			problem.setProperty("errors", fieldErrors);
		}
		return problem;
	}

	public static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
