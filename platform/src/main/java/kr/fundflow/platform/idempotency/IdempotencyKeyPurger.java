package kr.fundflow.platform.idempotency;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/** Deletes keys past their time to live, now and then. */
class IdempotencyKeyPurger implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(IdempotencyKeyPurger.class);

	private final IdempotencyKeyStore keys;

	private final Duration interval;

	private volatile Disposable schedule;

	IdempotencyKeyPurger(IdempotencyKeyStore keys, Duration interval) {
		this.keys = keys;
		this.interval = interval;
	}

	@Override
	public void start() {
		this.schedule = Flux.interval(Duration.ofSeconds(30), this.interval)
			.concatMap(tick -> this.keys.purgeExpired().onErrorResume(ex -> {
				log.warn("Purging expired idempotency keys failed (will retry): " + ex.getMessage());
				return Mono.empty();
			}))
			.filter(purged -> purged > 0)
			.subscribe(purged -> log.info("Purged " + purged + " expired idempotency keys"));
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
