package kr.fundflow.platform.errors;

/**
 * A refusal that a client caused and can understand. Plain Java so that domain code may
 * throw its subclasses; the web adapter turns them into RFC 9457 problem details.
 */
public abstract class ApiProblem extends RuntimeException {

	private final String code;

	protected ApiProblem(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable, machine-readable reason, e.g. {@code fund-cap-exceeded}. */
	public String code() {
		return this.code;
	}

}
