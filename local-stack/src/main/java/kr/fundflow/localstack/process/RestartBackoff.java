package kr.fundflow.localstack.process;

import java.time.Duration;

/**
 * How long the supervisor waits before starting a child that died: 1 s, then twice as
 * long each time it dies again soon after starting (up to 30 s), and 1 s again once it
 * had run for a minute. A child that cannot start does not make the machine spin.
 */
public final class RestartBackoff {

	static final Duration FIRST = Duration.ofSeconds(1);

	static final Duration MAX = Duration.ofSeconds(30);

	/** A child that ran this long before dying counts as healthy: back to the first. */
	static final Duration STABLE = Duration.ofSeconds(60);

	private Duration last = Duration.ZERO;

	/**
	 * @param uptime how long the child ran before it died
	 * @return how long to wait before starting it again
	 */
	public Duration next(Duration uptime) {
		if (this.last.isZero() || uptime.compareTo(STABLE) >= 0) {
			this.last = FIRST;
		}
		else {
			Duration doubled = this.last.multipliedBy(2);
			this.last = (doubled.compareTo(MAX) > 0) ? MAX : doubled;
		}
		return this.last;
	}

}
