package kr.fundflow.platform.lifecycle;

import java.time.Duration;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

/**
 * Deletes what has outlived its use, 30 s after start and then every {@code interval},
 * and logs how much went.
 */
public final class PeriodicPurge extends PeriodicTask {

	private static final Log log = LogFactory.getLog(PeriodicPurge.class);

	private final String what;

	private final Supplier<Mono<Long>> purge;

	/**
	 * @param what what is purged, for the log ("expired idempotency keys")
	 * @param purge one round; emits how many rows it deleted
	 */
	public PeriodicPurge(String what, Duration interval, Supplier<Mono<Long>> purge) {
		super("Purging " + what, Duration.ofSeconds(30), interval);
		this.what = what;
		this.purge = purge;
	}

	@Override
	protected Mono<Long> round() {
		return this.purge.get().doOnNext(purged -> {
			if (purged > 0) {
				log.info("Purged " + purged + " " + this.what);
			}
		});
	}

}
