package kr.fundflow.platform.errors;

/** No such resource, or one the caller must not know exists (HTTP 404). */
public class NotFound extends ApiProblem {

	public NotFound(String what, Object id) {
		super("not-found", what + " " + id + " does not exist");
	}

}
