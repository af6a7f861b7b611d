package kr.fundflow.gateway.ratelimit.domain;

import java.time.Duration;

/**
 * How many requests one caller may send: {@code requestsPerSecond} on average, with
 * bursts of up to {@code burst} at once.
 *
 * <p>
 * Enforced as the generic cell rate algorithm (a token bucket kept as one timestamp per
 * caller): each request pushes the caller's "theoretical arrival time" one
 * {@link #interval()} further; a request is refused while that time lies more than
 * {@link #tolerance()} ahead of now.
 */
public record RateLimit(int requestsPerSecond, int burst) {

	public RateLimit {
		if (requestsPerSecond < 1) {
			throw new IllegalArgumentException("requests per second must be at least 1, not " + requestsPerSecond);
		}
		if (burst < 1) {
			throw new IllegalArgumentException("burst must be at least 1, not " + burst);
		}
	}

	/** The time one request uses up. */
	public Duration interval() {
		return Duration.ofNanos(1_000_000_000L / this.requestsPerSecond);
	}

	/**
	 * How far ahead the theoretical arrival time may run: a full bucket less one request.
	 */
	public Duration tolerance() {
		return interval().multipliedBy(this.burst - 1L);
	}

}
