package kr.fundflow.platform.inbox;

/**
 * A record that is not a well-formed event of ours (missing headers, body not matching
 * its type).
 */
public class UnreadableEvent extends RuntimeException {

	public UnreadableEvent(String message, Throwable cause) {
		super(message, cause);
	}

}
