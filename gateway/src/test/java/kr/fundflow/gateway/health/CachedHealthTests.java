package kr.fundflow.gateway.health;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class CachedHealthTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final VirtualTimeScheduler time = VirtualTimeScheduler.create();

	private final CachedHealth health = new CachedHealth(
			() -> Mono.fromSupplier(
					() -> Health.status((this.checks.incrementAndGet() % 2 == 1) ? Status.UP : Status.DOWN).build()),
			Duration.ofSeconds(2), this.time);

	@Test
	void probesWithinTheCachePeriodShareOneCheck() {
		assertThat(this.health.health().block().getStatus()).isEqualTo(Status.UP);
		assertThat(this.health.health().block().getStatus()).isEqualTo(Status.UP);
		this.time.advanceTimeBy(Duration.ofMillis(1999));
		assertThat(this.health.health().block().getStatus()).isEqualTo(Status.UP);
		assertThat(this.checks).hasValue(1);
	}

	@Test
	void theDependencyIsAskedAgainOnceThePeriodIsOver() {
		assertThat(this.health.health().block().getStatus()).isEqualTo(Status.UP);
		this.time.advanceTimeBy(Duration.ofSeconds(2));
		assertThat(this.health.health().block().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.checks).hasValue(2);
	}

}
