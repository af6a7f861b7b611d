package kr.fundflow.gateway.health;

import java.time.Duration;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * A health check asked at most once per {@code cacheFor}, however often probes poll: the
 * answer is shared, and concurrent probes wait for the same check.
 */
public class CachedHealth implements ReactiveHealthIndicator {

	private final Mono<Health> health;

	public CachedHealth(Supplier<Mono<Health>> check, Duration cacheFor) {
		this(check, cacheFor, Schedulers.parallel());
	}

	CachedHealth(Supplier<Mono<Health>> check, Duration cacheFor, Scheduler timer) {
		this.health = Mono.defer(check).cache(answer -> cacheFor, error -> Duration.ZERO, () -> Duration.ZERO, timer);
	}

	@Override
	public Mono<Health> health() {
		return this.health;
	}

}
