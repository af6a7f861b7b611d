package kr.fundflow.localstack.process;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.fundflow.localstack.StartupFailure;

/**
 * A process the supervisor started, with its output in {@code logs/<name>.log}. The
 * previous run's log is kept as {@code <name>.log.1}.
 */
public final class ChildProcess {

	private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

	private final String name;

	private final Process process;

	private final Path logFile;

	private ChildProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logFile) {
		return start(name, command, environment, logFile, true);
	}

	/**
	 * @param rotateLog false when the supervisor restarts a child that died: its output
	 * goes on in the same log, after the lines that tell why it died
	 */
	public static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path logFile,
			boolean rotateLog) {
		try {
			if (rotateLog) {
				rotate(logFile);
			}
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				// append mode: a child that also writes the file itself (Kafka's log4j)
				// does not
				// overwrite its own console output
				.redirectOutput(Redirect.appendTo(logFile.toFile()))
				.redirectInput(Redirect.from(nullDevice()));
			builder.environment().putAll(environment);
			Process process = builder.start();
			log.info("started child={} pid={} log={} command={}", name, process.pid(), logFile, command);
			return new ChildProcess(name, process, logFile);
		}
		catch (IOException ex) {
			throw new StartupFailure("cannot start " + name + " (" + ex.getMessage() + ") — see " + logFile, ex);
		}
	}

	/** Keeps the previous run's log as {@code <name>.log.1} and starts an empty one. */
	public static void rotate(Path logFile) throws IOException {
		Files.createDirectories(logFile.getParent());
		if (Files.exists(logFile)) {
			Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		Files.createFile(logFile);
	}

	private static java.io.File nullDevice() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	Process process() {
		return this.process;
	}

	public Path logFile() {
		return this.logFile;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** The exit code; only meaningful once {@link #isAlive()} is false. */
	public int exitCode() {
		return this.process.exitValue();
	}

	/**
	 * Asks the process to stop (SIGTERM: a JVM runs its shutdown hooks), then kills it if
	 * it has not stopped in time.
	 */
	public void stop(Duration grace) {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("child={} did not stop within {}; killing it", this.name, grace);
				this.process.destroyForcibly();
				this.process.waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		log.info("stopped child={}", this.name);
	}

	/** Fails start-up when the child has died, naming it and its log. */
	public void requireAlive() {
		if (!this.process.isAlive()) {
			throw new StartupFailure(this.name + " exited during start-up (exit code " + this.process.exitValue()
					+ ") — see " + this.logFile);
		}
	}

}
