package kr.fundflow.platform.inbox;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Tells a failure that will pass (database or broker unreachable, serialization conflict,
 * timeout) from one that will not (a bug or a poison message). Transient failures are
 * retried without limit, so that an outage never sends good messages to the dead-letter
 * topic.
 */
public final class TransientFailures {

	private TransientFailures() {
	}

	public static boolean isTransient(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof R2dbcTransientException || cause instanceof R2dbcNonTransientResourceException
					|| cause instanceof TransientDataAccessException
					|| cause instanceof DataAccessResourceFailureException || cause instanceof IOException
					|| cause instanceof TimeoutException
					|| cause instanceof IllegalStateException
							&& String.valueOf(cause.getMessage()).startsWith("Timeout on blocking read")
					|| cause.getClass().getName().contains("PostgresConnectionException")
					|| cause.getClass().getName().contains("PostgresConnectionClosedException")) {
				return true;
			}
		}
		return false;
	}

}
