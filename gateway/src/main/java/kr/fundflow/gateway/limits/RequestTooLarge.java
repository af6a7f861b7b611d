package kr.fundflow.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

import kr.fundflow.platform.web.Problems;

/**
 * A request body over the gateway's limit: 413 with problem details wherever it is seen.
 */
public class RequestTooLarge extends ResponseStatusException {

	public static final String CODE = "payload-too-large";

	public RequestTooLarge(DataSize limit) {
		super(HttpStatus.CONTENT_TOO_LARGE, "The request body exceeds the limit of " + limit.toKilobytes() + " KiB");
		// The same body wherever it is rendered (a controller's advice uses this one).
		ProblemDetail standard = Problems.of(HttpStatus.CONTENT_TOO_LARGE, CODE, getReason());
		getBody().setType(standard.getType());
		getBody().setTitle(standard.getTitle());
		getBody().setProperty("code", CODE);
	}

}
