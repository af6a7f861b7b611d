package kr.fundflow.gateway.ratelimit.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenBucketTests {

	private static final long SECOND = 1_000_000_000L;

	/** 50 per second (one every 20 ms), bursts of 100. */
	private static final RateLimit LIMIT = new RateLimit(50, 100);

	@Test
	void aFullBucketLetsAWholeBurstThroughAtOnceAndRefusesTheNext() {
		TokenBucket bucket = TokenBucket.full();
		long now = 7 * SECOND;
		for (int i = 0; i < 100; i++) {
			TokenBucket.Outcome outcome = bucket.take(LIMIT, now);
			assertThat(outcome.decision().allowed()).as("request %d", i + 1).isTrue();
			bucket = outcome.bucket();
		}
		TokenBucket.Outcome refused = bucket.take(LIMIT, now);
		assertThat(refused.decision().allowed()).isFalse();
		assertThat(refused.decision().retryAfter()).isEqualTo(Duration.ofMillis(20));
		assertThat(refused.bucket()).isEqualTo(bucket);
	}

	@Test
	void anEmptiedBucketLetsOneRequestThroughPerInterval() {
		TokenBucket bucket = drained(new RateLimit(1, 3), 0);
		assertThat(bucket.take(new RateLimit(1, 3), SECOND - 1).decision().allowed()).isFalse();
		TokenBucket.Outcome afterOneSecond = bucket.take(new RateLimit(1, 3), SECOND);
		assertThat(afterOneSecond.decision().allowed()).isTrue();
		assertThat(afterOneSecond.bucket().take(new RateLimit(1, 3), SECOND).decision().retryAfter())
			.isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void aBucketRefillsToTheBurstAndNoFurther() {
		RateLimit limit = new RateLimit(1, 3);
		TokenBucket bucket = drained(limit, 0);
		// An hour idle refills only the burst of 3.
		long later = 3600 * SECOND;
		for (int i = 0; i < 3; i++) {
			TokenBucket.Outcome outcome = bucket.take(limit, later);
			assertThat(outcome.decision().allowed()).isTrue();
			bucket = outcome.bucket();
		}
		assertThat(bucket.take(limit, later).decision().allowed()).isFalse();
	}

	@Test
	void aBucketIsFullOnceItsDebtIsPaid() {
		RateLimit limit = new RateLimit(1, 3);
		TokenBucket bucket = drained(limit, 0);
		assertThat(bucket.isFullAt(3 * SECOND - 1)).isFalse();
		assertThat(bucket.isFullAt(3 * SECOND)).isTrue();
		assertThat(TokenBucket.full().isFullAt(Long.MIN_VALUE + 1)).isTrue();
	}

	@Test
	void aRefusedCallerIsToldWholeSecondsRoundedUpAndNeverZero() {
		assertThat(Decision.refuse(Duration.ofMillis(20)).retryAfterSeconds()).isEqualTo(1);
		assertThat(Decision.refuse(Duration.ofMillis(1000)).retryAfterSeconds()).isEqualTo(1);
		assertThat(Decision.refuse(Duration.ofMillis(1001)).retryAfterSeconds()).isEqualTo(2);
		assertThat(Decision.refuse(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void aLimitNeedsAPositiveRateAndBurst() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(0, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit(10, 0));
		assertThat(new RateLimit(50, 100).interval()).isEqualTo(Duration.ofMillis(20));
		assertThat(new RateLimit(50, 100).tolerance()).isEqualTo(Duration.ofMillis(1980));
	}

	private static TokenBucket drained(RateLimit limit, long now) {
		TokenBucket bucket = TokenBucket.full();
		for (int i = 0; i < limit.burst(); i++) {
			bucket = bucket.take(limit, now).bucket();
		}
		assertThat(bucket.take(limit, now).decision().allowed()).isFalse();
		return bucket;
	}

}
