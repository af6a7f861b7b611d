package kr.fundflow.localstack.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.fundflow.localstack.StartupFailure;

/**
 * A child of the stack after start-up, kept running: when it dies the supervisor starts
 * it again after a {@link RestartBackoff}. A hold file ({@code <data-dir>/hold/<name>})
 * stops it and keeps it stopped until the file is deleted, e.g. to run that service from
 * an IDE beside the rest of the stack, or to reset its consumer offsets.
 */
public final class SupervisedChild {

	private static final Logger log = LoggerFactory.getLogger(SupervisedChild.class);

	/** Starts the child again (its log goes on in the same file). */
	@FunctionalInterface
	public interface Launcher {

		ChildProcess launch();

	}

	private final String name;

	private final Launcher launcher;

	private final Duration stopGrace;

	private final Path holdFile;

	private final RestartBackoff backoff = new RestartBackoff();

	private volatile ChildProcess process;

	private Instant startedAt;

	private Instant restartAt;

	private boolean held;

	private int restarts;

	/**
	 * @param first the process started at start-up
	 * @param startedAt when it was started
	 * @param launcher starts it again
	 * @param stopGrace how long a stop waits for it to exit before killing it
	 * @param holdFile while this file exists the child is kept stopped
	 */
	public SupervisedChild(String name, ChildProcess first, Instant startedAt, Launcher launcher, Duration stopGrace,
			Path holdFile) {
		this.name = name;
		this.process = first;
		this.startedAt = startedAt;
		this.launcher = launcher;
		this.stopGrace = stopGrace;
		this.holdFile = holdFile;
	}

	public String name() {
		return this.name;
	}

	/** The current process (a new one after each restart). */
	public ChildProcess process() {
		return this.process;
	}

	public int restarts() {
		return this.restarts;
	}

	/**
	 * One look at the child from the supervisor's watch loop: restarts it when it died
	 * and its backoff has passed, stops it while a hold file exists.
	 * @return a line for the user when something happened
	 */
	public Optional<String> supervise(Instant now) {
		ChildProcess child = this.process;
		if (Files.exists(this.holdFile)) {
			this.restartAt = null;
			if (this.held) {
				return Optional.empty();
			}
			this.held = true;
			if (child.isAlive()) {
				child.stop(this.stopGrace);
			}
			return Optional.of(this.name + " is held: stopped until " + this.holdFile + " is deleted");
		}
		if (this.held) {
			this.held = false;
			launch(now);
			return Optional.of(this.name + " released (" + this.holdFile + " is gone): starting it");
		}
		if (child.isAlive()) {
			return Optional.empty();
		}
		if (this.restartAt == null) {
			Duration uptime = Duration.between(this.startedAt, now);
			Duration delay = this.backoff.next(uptime);
			this.restartAt = now.plus(delay);
			return Optional.of(this.name + " exited (exit code " + child.exitCode() + ") after " + uptime.toSeconds()
					+ " s; restarting it in " + delay.toSeconds() + " s — see " + child.logFile());
		}
		if (!now.isBefore(this.restartAt)) {
			launch(now);
		}
		return Optional.empty();
	}

	private void launch(Instant now) {
		try {
			this.process = this.launcher.launch();
			this.restarts++;
			this.startedAt = now;
			this.restartAt = null;
			log.info("restarted child={} pid={} restarts={}", this.name, this.process.pid(), this.restarts);
		}
		catch (StartupFailure ex) {
			// e.g. a port still held by the dead process; try again after the backoff
			this.restartAt = now.plus(this.backoff.next(Duration.ZERO));
			log.warn("restart failed child={} retryAt={}", this.name, this.restartAt, ex);
		}
	}

	/** Stops the current process: SIGTERM, and a kill after the grace period. */
	public void stop() {
		this.process.stop(this.stopGrace);
	}

}
