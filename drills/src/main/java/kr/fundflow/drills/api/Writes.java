package kr.fundflow.drills.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A write as a careful client makes it: with an {@code Idempotency-Key} derived from the
 * operation, retried with the same key (and body) on no answer, 429 and 5xx until it gets
 * an answer that settles it or the deadline passes. Only a 2xx counts as acknowledged.
 */
public final class Writes {

	/** How a write ended. */
	public enum Outcome {

		/** 2xx: the system promised it. */
		ACKNOWLEDGED,
		/** 4xx: refused (a business rule, e.g. no budget left); nothing promised. */
		REFUSED,
		/** no settling answer before the deadline: it may or may not have happened. */
		UNSETTLED

	}

	public record Result(Outcome outcome, Answer answer, int attempts) {

		public boolean acknowledged() {
			return this.outcome == Outcome.ACKNOWLEDGED;
		}

	}

	private final Gateway gateway;

	private final String runId;

	public Writes(Gateway gateway, String runId) {
		this.gateway = gateway;
		this.runId = runId;
	}

	/** The key of an operation: the same for every retry of it, new for each run. */
	public String keyOf(String operation) {
		return UUID.nameUUIDFromBytes((this.runId + "/" + operation).getBytes(StandardCharsets.UTF_8)).toString();
	}

	public Result write(String operation, String method, String path, String body, String token, Stats stats,
			Duration deadline) {
		long giveUpAt = System.nanoTime() + deadline.toNanos();
		String key = keyOf(operation);
		long pause = 200;
		int attempts = 0;
		while (true) {
			attempts++;
			Answer answer = this.gateway.send(method, path, body, token, Map.of("Idempotency-Key", key));
			stats.record(method + " " + path, answer);
			if (answer.ok()) {
				stats.acknowledged();
				return new Result(Outcome.ACKNOWLEDGED, answer, attempts);
			}
			if (!answer.isRetryable()) {
				return new Result(Outcome.REFUSED, answer, attempts);
			}
			if (System.nanoTime() + pause * 1_000_000 > giveUpAt) {
				return new Result(Outcome.UNSETTLED, answer, attempts);
			}
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new Result(Outcome.UNSETTLED, answer, attempts);
			}
			pause = Math.min(2000, pause * 2);
		}
	}

}
