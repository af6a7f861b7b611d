package kr.fundflow.platform.errors;

/**
 * A field of the request is invalid (HTTP 400); {@code field} names it for the client.
 */
public class InvalidInput extends ApiProblem {

	private final String field;

	public InvalidInput(String field, String message) {
		super("invalid-input", message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
