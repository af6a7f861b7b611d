package kr.fundflow.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * {@code java -jar target/local-stack.jar ...} as a child process of a test, with its
 * console appended to {@code <data-dir>-console.log}. {@link SharedStack} keeps the one
 * whole stack that the end-to-end ITs share; ITs that must kill or restart things make
 * their own.
 */
final class StackUnderTest {

	static final Path JAR = Path.of("target", "local-stack.jar");

	private final Path dataDir;

	private final Path console;

	private Process process;

	/**
	 * Where this start's lines begin in the console file (earlier starts' lines come
	 * before).
	 */
	private long consoleStart;

	StackUnderTest(Path dataDir) {
		this.dataDir = dataDir.toAbsolutePath();
		this.console = this.dataDir.resolveSibling(this.dataDir.getFileName() + "-console.log");
	}

	/** False when the jar was built with -Dlocalstack.skipServices=true. */
	static boolean embedsServiceJars() throws IOException {
		try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(JAR.toFile())) {
			return jar.getEntry("BOOT-INF/classes/services/gateway.jar") != null;
		}
	}

	void start(String... flags) throws IOException {
		if (!Files.exists(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run the package phase first");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
						"--data-dir=" + this.dataDir));
		command.addAll(List.of(flags));
		Files.createDirectories(this.console.getParent());
		this.consoleStart = Files.exists(this.console) ? Files.size(this.console) : 0;
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.console.toFile()))
			.start();
	}

	Process process() {
		return this.process;
	}

	/** What this start printed (not what earlier starts left in the same file). */
	String consoleText() {
		try {
			if (!Files.exists(this.console)) {
				return "";
			}
			byte[] all = Files.readAllBytes(this.console);
			int from = (int) Math.min(this.consoleStart, all.length);
			return new String(all, from, all.length - from, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(cannot read " + this.console + ": " + ex.getMessage() + ")";
		}
	}

	/** Waits for the condition, failing early (with the logs) when the stack exits. */
	void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (!this.process.isAlive()) {
				throw new AssertionError("local-stack exited (code " + this.process.exitValue() + ") before " + what
						+ "\n" + diagnostics());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s\n" + diagnostics());
			}
			Thread.sleep(1000);
		}
	}

	/** The supervisor stops its children on SIGTERM; whatever is left is killed. */
	void stop() throws InterruptedException {
		if (this.process == null) {
			return;
		}
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
	}

	/**
	 * Kills the supervisor like {@code kill -9} (no shutdown hook runs), then gives its
	 * children up to 30 s to stop by themselves, as they do when they see it gone; none
	 * is killed, so that a test can tell whether they did.
	 */
	void kill() throws InterruptedException {
		List<ProcessHandle> children = this.process.descendants().toList();
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		for (ProcessHandle child : children) {
			while (child.isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
		}
	}

	/** The console and the tail of every log of the stack. */
	String diagnostics() {
		StringBuilder text = new StringBuilder("---- console " + this.console + "\n").append(tail(consoleText(), 60));
		Path logs = this.dataDir.resolve("logs");
		if (Files.isDirectory(logs)) {
			try (Stream<Path> files = Files.list(logs)) {
				for (Path log : files.filter((file) -> file.toString().endsWith(".log")).sorted().toList()) {
					text.append("\n---- ").append(log).append('\n').append(tail(read(log), 80));
				}
			}
			catch (IOException ex) {
				text.append("(cannot list ").append(logs).append(")");
			}
		}
		return text.toString();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	private static String tail(String text, int lines) {
		List<String> all = text.lines().toList();
		return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
	}

}
