package kr.fundflow.platform.lifecycle;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Work a service repeats while it runs (gauges re-read from the database, purges): one
 * round after {@code firstRound}, then every {@code interval}, never two at once; a
 * failed round is logged and the next one tries again.
 */
public abstract class PeriodicTask implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(PeriodicTask.class);

	private final String what;

	private final Duration firstRound;

	private final Duration interval;

	private volatile Disposable schedule;

	/**
	 * @param what what a round does, for the log ("refreshing the budget gauges")
	 */
	protected PeriodicTask(String what, Duration firstRound, Duration interval) {
		this.what = what;
		this.firstRound = firstRound;
		this.interval = interval;
	}

	/** One round. */
	protected abstract Mono<?> round();

	@Override
	public void start() {
		this.schedule = Flux.interval(this.firstRound, this.interval)
			.onBackpressureDrop()
			.concatMap(tick -> Mono.defer(this::round).then().onErrorResume(ex -> {
				log.warn(this.what + " failed (will retry): " + ex.getMessage());
				return Mono.empty();
			}), 1)
			.subscribe();
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
