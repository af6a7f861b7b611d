package kr.fundflow.localstack.process;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestartBackoffTests {

	@Test
	void aChildThatKeepsDyingWaitsTwiceAsLongEachTimeUpToThirtySeconds() {
		RestartBackoff backoff = new RestartBackoff();
		Duration soon = Duration.ofSeconds(5);
		assertThat(new long[] { backoff.next(soon).toSeconds(), backoff.next(soon).toSeconds(),
				backoff.next(soon).toSeconds(), backoff.next(soon).toSeconds(), backoff.next(soon).toSeconds(),
				backoff.next(soon).toSeconds(), backoff.next(soon).toSeconds() })
			.containsExactly(1, 2, 4, 8, 16, 30, 30);
	}

	@Test
	void aChildThatRanForAMinuteIsRestartedAfterOneSecondAgain() {
		RestartBackoff backoff = new RestartBackoff();
		backoff.next(Duration.ofSeconds(1));
		backoff.next(Duration.ofSeconds(1));
		assertThat(backoff.next(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.next(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(1));
	}

}
