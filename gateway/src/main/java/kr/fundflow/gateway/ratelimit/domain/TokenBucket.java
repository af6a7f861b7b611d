package kr.fundflow.gateway.ratelimit.domain;

import java.time.Duration;

/**
 * One caller's bucket as the generic cell rate algorithm keeps it: the theoretical
 * arrival time (TAT) of the next request, in nanoseconds on some monotonic clock.
 * Immutable; each decision gives the bucket to keep.
 */
public record TokenBucket(long theoreticalArrivalNanos) {

	/** A bucket never used: full. */
	public static TokenBucket full() {
		return new TokenBucket(Long.MIN_VALUE);
	}

	/** The outcome of asking this bucket at {@code nowNanos}. */
	public Outcome take(RateLimit limit, long nowNanos) {
		long tat = Math.max(this.theoreticalArrivalNanos, nowNanos);
		long wait = tat - nowNanos - limit.tolerance().toNanos();
		if (wait > 0) {
			return new Outcome(Decision.refuse(Duration.ofNanos(wait)), this);
		}
		return new Outcome(Decision.allow(), new TokenBucket(tat + limit.interval().toNanos()));
	}

	/**
	 * Whether the bucket has refilled completely by {@code nowNanos}, so it can be
	 * forgotten.
	 */
	public boolean isFullAt(long nowNanos) {
		return this.theoreticalArrivalNanos <= nowNanos;
	}

	public record Outcome(Decision decision, TokenBucket bucket) {
	}

}
