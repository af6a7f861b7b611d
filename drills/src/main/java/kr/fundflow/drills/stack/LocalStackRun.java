package kr.fundflow.drills.stack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import kr.fundflow.drills.Log;

/**
 * The system under test: {@code java -jar local-stack.jar} with the drills' port offset,
 * data directory and PostgreSQL proxy, as a child process of the drills. Finds the
 * stack's children (services, gateway, broker) to kill them, holds and releases them
 * through the supervisor's hold files, and kills the whole stack at once.
 */
public final class LocalStackRun {

	public static final List<String> SERVICES = List.of("fund-service", "company-service", "matching-service");

	public static final String GATEWAY = "gateway";

	public static final String KAFKA = "kafka";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	private final Path stackJar;

	private final Path dataDir;

	private final int portOffset;

	private final int postgresPort;

	private final Path output;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Process supervisor;

	/**
	 * @param postgresPort where the stack finds PostgreSQL (the drills' proxy)
	 */
	public LocalStackRun(Path stackJar, Path workDir, int portOffset, int postgresPort) {
		this.stackJar = stackJar;
		this.dataDir = workDir.resolve("stack");
		this.portOffset = portOffset;
		this.postgresPort = postgresPort;
		this.output = workDir.resolve("local-stack.out");
	}

	public int gatewayPort() {
		return 8080 + this.portOffset;
	}

	public int port(String child) {
		return switch (child) {
			case GATEWAY -> 8080 + this.portOffset;
			case "fund-service" -> 8081 + this.portOffset;
			case "company-service" -> 8082 + this.portOffset;
			case "matching-service" -> 8083 + this.portOffset;
			case KAFKA -> 9092 + this.portOffset;
			default -> throw new IllegalArgumentException(child);
		};
	}

	public String kafkaBootstrap() {
		return "127.0.0.1:" + port(KAFKA);
	}

	/** The stack's database of a service: {@code fundflow_fund_<offset>}, … */
	public String database(String service) {
		String base = switch (service) {
			case "fund-service" -> "fundflow_fund";
			case "company-service" -> "fundflow_company";
			case "matching-service" -> "fundflow_matching";
			default -> throw new IllegalArgumentException(service);
		};
		return (this.portOffset != 0) ? base + "_" + this.portOffset : base;
	}

	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Starts the whole stack and waits until the gateway reports it UP (every service
	 * ready and the broker answering).
	 * @param reset wipe the Kafka log and the databases first
	 */
	public void start(boolean reset) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of("--no-demo-data"));
		if (reset) {
			args.add("--reset");
		}
		launch(args);
		awaitHealthy(URI.create("http://127.0.0.1:" + gatewayPort() + "/actuator/health"), START_TIMEOUT);
	}

	/** Only PostgreSQL and Kafka, e.g. to move consumer offsets while no service runs. */
	public void startInfrastructureOnly(KafkaProbe kafka) throws IOException, InterruptedException {
		launch(List.of("--infra-only"));
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!kafka.brokerAnswers()) {
			requireSupervisorAlive();
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Kafka of the infra-only stack did not answer in time — see " + this.output);
			}
			Thread.sleep(500);
		}
	}

	private void launch(List<String> extra) throws IOException {
		Files.createDirectories(this.dataDir);
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx256m", "-jar", this.stackJar.toString(),
				"--port-offset=" + this.portOffset, "--data-dir=" + this.dataDir));
		command.addAll(extra);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(this.output.toFile()))
			.redirectInput(Redirect.from(new java.io.File("/dev/null")));
		Map<String, String> env = builder.environment();
		env.put("PG_PORT", String.valueOf(this.postgresPort));
		// the drills are one client with a few identities; they must not be throttled
		env.put("RATE_LIMIT_RPS", "100000");
		env.put("RATE_LIMIT_BURST", "100000");
		this.supervisor = builder.start();
		Log.line("local-stack started (pid " + this.supervisor.pid() + ", " + String.join(" ", extra) + "), output in "
				+ this.output);
	}

	/** Waits for {@code {"status":"UP"}} while the supervisor lives. */
	public void awaitHealthy(URI health, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!isUp(health)) {
			requireSupervisorAlive();
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(health + " did not report UP within " + timeout.toSeconds()
						+ " s — see " + this.output + " and " + this.dataDir.resolve("logs"));
			}
			Thread.sleep(500);
		}
	}

	public boolean isUp(String child) {
		return isUp(URI.create("http://127.0.0.1:" + port(child) + "/actuator/health"));
	}

	private boolean isUp(URI health) {
		try {
			HttpResponse<String> answer = this.http.send(
					HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() == 200 && answer.body().contains("\"status\":\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void requireSupervisorAlive() {
		if (this.supervisor == null || !this.supervisor.isAlive()) {
			throw new IllegalStateException("the local stack exited — see " + this.output);
		}
	}

	/** The running process of a child of the stack (service, gateway or broker). */
	public Optional<ProcessHandle> child(String name) {
		if (this.supervisor == null) {
			return Optional.empty();
		}
		String marker = name.equals(KAFKA) ? "KafkaBrokerMain" : "/" + name + ".jar";
		return this.supervisor.toHandle()
			.children()
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(false))
			.findFirst();
	}

	/** {@code kill -9} of one child; the supervisor is expected to start it again. */
	public long kill(String name) {
		ProcessHandle process = child(name)
			.orElseThrow(() -> new IllegalStateException(name + " is not running, nothing to kill"));
		process.destroyForcibly();
		return process.pid();
	}

	/**
	 * {@code kill -9} of the supervisor and every child at the same moment, as a power
	 * cut would.
	 */
	public void killAll() throws InterruptedException {
		if (this.supervisor == null) {
			return;
		}
		List<ProcessHandle> all = new ArrayList<>(this.supervisor.toHandle().descendants().toList());
		all.add(this.supervisor.toHandle());
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : all) {
			process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(ex -> process).join();
		}
		this.supervisor = null;
	}

	/** SIGTERM to the supervisor, which stops its children in order. */
	public void stop() throws InterruptedException {
		if (this.supervisor == null) {
			return;
		}
		List<ProcessHandle> children = this.supervisor.toHandle().descendants().toList();
		this.supervisor.destroy();
		if (!this.supervisor.waitFor(120, TimeUnit.SECONDS)) {
			this.supervisor.destroyForcibly();
		}
		for (ProcessHandle child : children) {
			child.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(ex -> child).join();
		}
		this.supervisor = null;
	}

	/** Asks the supervisor to stop a child and keep it stopped (its hold file). */
	public void hold(String name) throws IOException {
		Path file = holdFile(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "held by the drills\n", StandardCharsets.UTF_8);
	}

	public void release(String name) throws IOException {
		Files.deleteIfExists(holdFile(name));
	}

	private Path holdFile(String name) {
		return this.dataDir.resolve("hold").resolve(name);
	}

	/** The last lines of the stack's terminal output, to explain a failure. */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.output, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
