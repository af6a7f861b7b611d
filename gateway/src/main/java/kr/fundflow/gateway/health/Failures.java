package kr.fundflow.gateway.health;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Short, stack-free reasons for a DOWN component. */
final class Failures {

	private Failures() {
	}

	static String describe(Throwable ex, Duration timeout) {
		Throwable root = ex;
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
				return "no answer within " + timeout.toMillis() + " ms";
			}
			root = cause;
		}
		String message = root.getMessage();
		return (message != null && !message.isBlank()) ? message : root.getClass().getSimpleName();
	}

}
