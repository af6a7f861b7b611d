package kr.fundflow.localstack.process;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kr.fundflow.localstack.StartupFailure;

/** A service jar running as a child JVM. */
public final class ServiceProcess {

	/** Small and quick to start: four services share a developer laptop with Kafka. */
	static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k");

	private static final Duration POLL = Duration.ofMillis(500);

	/**
	 * Graceful shutdown of a service takes up to its 20 s phase timeout; a bit less here.
	 */
	public static final Duration STOP_GRACE = Duration.ofSeconds(15);

	private final ServiceSpec spec;

	private final ChildProcess process;

	private ServiceProcess(ServiceSpec spec, ChildProcess process) {
		this.spec = spec;
		this.process = process;
	}

	public static ServiceProcess start(ServiceSpec spec, Path jar, Path logFile) {
		return start(spec, jar, logFile, true);
	}

	/** Starts it again after it died; its log goes on in the same file. */
	public static ServiceProcess restart(ServiceSpec spec, Path jar, Path logFile) {
		return start(spec, jar, logFile, false);
	}

	private static ServiceProcess start(ServiceSpec spec, Path jar, Path logFile, boolean rotateLog) {
		List<String> command = JavaCommand.jar(JVM_OPTIONS, jar, List.of());
		return new ServiceProcess(spec,
				ChildProcess.start(spec.name(), command, spec.environment(), logFile, rotateLog));
	}

	public ServiceSpec spec() {
		return this.spec;
	}

	public ChildProcess process() {
		return this.process;
	}

	/**
	 * Waits until the service reports UP. Fails at once when the process dies, and at the
	 * deadline with the last status seen.
	 * @param others processes whose death also ends the wait (a service that needs Kafka
	 * will not come up without it)
	 */
	public void awaitUp(HealthProbe probe, Instant deadline, List<ChildProcess> others) {
		String last = "no answer";
		while (true) {
			this.process.requireAlive();
			others.forEach(ChildProcess::requireAlive);
			Optional<String> status = probe.status(this.spec.healthUri());
			if (status.isPresent() && status.get().equals("UP")) {
				return;
			}
			last = status.orElse(last);
			if (Instant.now().isAfter(deadline)) {
				throw new StartupFailure(this.spec.name() + " did not report UP on " + this.spec.healthUri()
						+ " in time (last: " + last + ") — see " + this.process.logFile());
			}
			sleep();
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupFailure("interrupted while waiting for the services");
		}
	}

	public void stop() {
		this.process.stop(STOP_GRACE);
	}

}
