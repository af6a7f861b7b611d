package kr.fundflow.gateway.ratelimit.domain;

import java.time.Duration;

/**
 * Whether a request may pass, and if not, how long the caller should wait before the next
 * one would.
 */
public record Decision(boolean allowed, Duration retryAfter) {

	private static final Decision ALLOWED = new Decision(true, Duration.ZERO);

	public static Decision allow() {
		return ALLOWED;
	}

	public static Decision refuse(Duration retryAfter) {
		return new Decision(false, retryAfter);
	}

	/** {@code Retry-After} is whole seconds; never tell a refused caller "0". */
	public long retryAfterSeconds() {
		long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}
