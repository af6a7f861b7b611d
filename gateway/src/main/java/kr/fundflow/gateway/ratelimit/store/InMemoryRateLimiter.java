package kr.fundflow.gateway.ratelimit.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

import kr.fundflow.gateway.ratelimit.application.RateLimiter;
import kr.fundflow.gateway.ratelimit.domain.Decision;
import kr.fundflow.gateway.ratelimit.domain.RateLimit;
import kr.fundflow.gateway.ratelimit.domain.TokenBucket;

/**
 * Buckets in this instance's memory: right for one gateway; several instances each allow
 * the full rate (use the Redis limiter there).
 */
public class InMemoryRateLimiter implements RateLimiter {

	/** Full buckets are forgotten now and then so that one-off callers do not pile up. */
	private static final int SWEEP_EVERY = 10_000;

	private final RateLimit limit;

	private final LongSupplier nanoTime;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	private final AtomicLong requests = new AtomicLong();

	public InMemoryRateLimiter(RateLimit limit) {
		this(limit, System::nanoTime);
	}

	InMemoryRateLimiter(RateLimit limit, LongSupplier nanoTime) {
		this.limit = limit;
		this.nanoTime = nanoTime;
	}

	@Override
	public Mono<Decision> take(String caller) {
		return Mono.fromSupplier(() -> decide(caller));
	}

	Decision decide(String caller) {
		long now = this.nanoTime.getAsLong();
		if (this.requests.incrementAndGet() % SWEEP_EVERY == 0) {
			this.buckets.values().removeIf(bucket -> bucket.isFullAt(now));
		}
		Decision[] decision = new Decision[1];
		this.buckets.compute(caller, (key, bucket) -> {
			TokenBucket.Outcome outcome = ((bucket != null) ? bucket : TokenBucket.full()).take(this.limit, now);
			decision[0] = outcome.decision();
			return outcome.bucket();
		});
		return decision[0];
	}

	int trackedCallers() {
		return this.buckets.size();
	}

}
