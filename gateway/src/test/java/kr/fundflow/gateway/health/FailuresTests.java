package kr.fundflow.gateway.health;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTests {

	@Test
	void aTimeoutAnywhereInTheChainSaysHowLongWasWaited() {
		assertThat(Failures.describe(new IllegalStateException(new TimeoutException("x")), Duration.ofMillis(1500)))
			.isEqualTo("no answer within 1500 ms");
		assertThat(Failures.describe(new org.apache.kafka.common.errors.TimeoutException("Timed out waiting"),
				Duration.ofSeconds(2)))
			.isEqualTo("no answer within 2000 ms");
	}

	@Test
	void otherwiseTheRootCauseSpeaks() {
		assertThat(Failures.describe(new RuntimeException("wrapper", new ConnectException("Connection refused")),
				Duration.ofSeconds(1)))
			.isEqualTo("Connection refused");
		assertThat(Failures.describe(new IllegalStateException(), Duration.ofSeconds(1)))
			.isEqualTo("IllegalStateException");
	}

}
