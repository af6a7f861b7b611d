package kr.fundflow.platform.errors;

/**
 * The request is well-formed but breaks a business rule in the current state (HTTP 409).
 */
public class RuleViolation extends ApiProblem {

	public RuleViolation(String code, String message) {
		super(code, message);
	}

}
