package kr.fundflow.platform.errors;

/** The caller is known but its role does not allow this (HTTP 403). */
public class Forbidden extends ApiProblem {

	public Forbidden(String message) {
		super("forbidden", message);
	}

}
