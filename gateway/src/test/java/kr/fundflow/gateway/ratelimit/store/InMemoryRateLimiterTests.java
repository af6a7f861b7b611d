package kr.fundflow.gateway.ratelimit.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import kr.fundflow.gateway.ratelimit.domain.Decision;
import kr.fundflow.gateway.ratelimit.domain.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryRateLimiterTests {

	private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

	private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(new RateLimit(2, 4), this.nanos::get);

	@Test
	void eachCallerHasABucketOfItsOwn() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.limiter.decide("sub:alice").allowed()).isTrue();
		}
		Decision refused = this.limiter.decide("sub:alice");
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
		assertThat(this.limiter.decide("sub:bob").allowed()).isTrue();
		assertThat(this.limiter.decide("ip:10.0.0.7").allowed()).isTrue();
	}

	@Test
	void aRefusedCallerMayGoOnOnceTheIntervalHasPassed() {
		for (int i = 0; i < 4; i++) {
			this.limiter.decide("sub:alice");
		}
		assertThat(this.limiter.decide("sub:alice").allowed()).isFalse();
		this.nanos.addAndGet(Duration.ofMillis(500).toNanos());
		assertThat(this.limiter.decide("sub:alice").allowed()).isTrue();
		assertThat(this.limiter.decide("sub:alice").allowed()).isFalse();
	}

	@Test
	void refusedRequestsDoNotPushTheWaitFurther() {
		for (int i = 0; i < 4; i++) {
			this.limiter.decide("sub:alice");
		}
		for (int i = 0; i < 100; i++) {
			assertThat(this.limiter.decide("sub:alice").retryAfter()).isEqualTo(Duration.ofMillis(500));
		}
	}

	@Test
	void callersWhoseBucketsHaveRefilledAreForgottenInTime() {
		for (int caller = 0; caller < 9_999; caller++) {
			this.limiter.decide("ip:one-off-" + caller);
		}
		assertThat(this.limiter.trackedCallers()).isEqualTo(9_999);
		this.nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		// The 10 000th request sweeps away every bucket that is full again.
		this.limiter.decide("sub:alice");
		assertThat(this.limiter.trackedCallers()).isEqualTo(1);
	}

	@Test
	void theReactiveFaceGivesTheSameDecision() {
		assertThat(this.limiter.take("sub:carol").block().allowed()).isTrue();
	}

}
