package kr.fundflow.platform.lifecycle;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Deletes what has outlived its use, now and then (30 s after start, then every
 * {@code interval}); a failed round is logged and the next one tries again.
 */
public class PeriodicPurge implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(PeriodicPurge.class);

	private final String what;

	private final Duration interval;

	private final Supplier<Mono<Long>> purge;

	private volatile Disposable schedule;

	/**
	 * @param what what is purged, for the log ("expired idempotency keys")
	 * @param purge one round; emits how many rows it deleted
	 */
	public PeriodicPurge(String what, Duration interval, Supplier<Mono<Long>> purge) {
		this.what = what;
		this.interval = interval;
		this.purge = purge;
	}

	@Override
	public void start() {
		this.schedule = Flux.interval(Duration.ofSeconds(30), this.interval)
			.concatMap(tick -> Mono.defer(this.purge).onErrorResume(ex -> {
				log.warn("Purging " + this.what + " failed (will retry): " + ex.getMessage());
				return Mono.empty();
			}))
			.filter(purged -> purged > 0)
			.subscribe(purged -> log.info("Purged " + purged + " " + this.what));
	}

	@Override
	public void stop() {
		Disposable running = this.schedule;
		if (running != null) {
			running.dispose();
		}
		this.schedule = null;
	}

	@Override
	public boolean isRunning() {
		return this.schedule != null;
	}

}
