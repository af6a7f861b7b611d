package kr.fundflow.localstack;

/**
 * A start-up problem the user can fix. Its message is printed as one line that says what
 * went wrong and what to do; the cause, if any, goes only to the log file.
 */
public class StartupFailure extends RuntimeException {

	public StartupFailure(String message) {
		super(message);
	}

	public StartupFailure(String message, Throwable cause) {
		super(message, cause);
	}

}
