package kr.fundflow.localstack.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import kr.fundflow.localstack.StartupFailure;
import kr.fundflow.localstack.process.ChildProcess;
import kr.fundflow.localstack.process.JavaCommand;

/**
 * The Kafka broker as a child process, so that it can be stopped and restarted on its
 * own.
 */
public final class KafkaBrokerProcess {

	static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Djava.awt.headless=true");

	private final KafkaBrokerConfig config;

	private final ChildProcess process;

	private KafkaBrokerProcess(KafkaBrokerConfig config, ChildProcess process) {
		this.config = config;
		this.process = process;
	}

	/**
	 * @param configFile where to write server.properties
	 * @param logFile the broker's log (its log4j output and its console)
	 */
	public static KafkaBrokerProcess start(KafkaBrokerConfig config, Path configFile, Path logFile) {
		return start(config, configFile, logFile, true);
	}

	/** Starts the broker again after it died, on the same data; its log goes on. */
	public static KafkaBrokerProcess restart(KafkaBrokerConfig config, Path configFile, Path logFile) {
		return start(config, configFile, logFile, false);
	}

	private static KafkaBrokerProcess start(KafkaBrokerConfig config, Path configFile, Path logFile,
			boolean rotateLog) {
		config.writeTo(configFile);
		List<String> jvmOptions = new java.util.ArrayList<>(JVM_OPTIONS);
		jvmOptions.add("-Dfundflow.log.file=" + logFile);
		List<String> command = JavaCommand.mainClass(jvmOptions, KafkaBrokerMain.class,
				List.of(configFile.toString(), "--parent-pid=" + ProcessHandle.current().pid()));
		return new KafkaBrokerProcess(config, ChildProcess.start("kafka", command, Map.of(), logFile, rotateLog));
	}

	public ChildProcess process() {
		return this.process;
	}

	public String bootstrapServers() {
		return this.config.bootstrapServers();
	}

	/** Waits until the broker answers a describe-cluster request. */
	public void awaitReady(Duration timeout) {
		Properties props = new Properties();
		props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
		props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
		props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
		props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
		long deadline = System.nanoTime() + timeout.toNanos();
		try (Admin admin = Admin.create(props)) {
			while (true) {
				requireBrokerAlive();
				try {
					admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
						.nodes()
						.get(3, TimeUnit.SECONDS);
					return;
				}
				catch (ExecutionException | TimeoutException ex) {
					if (System.nanoTime() > deadline) {
						throw new StartupFailure("Kafka did not answer on " + bootstrapServers() + " within "
								+ timeout.toSeconds() + " s — see " + this.process.logFile()
								+ " (or start again with --reset to wipe its data)", ex);
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new StartupFailure("interrupted while waiting for Kafka");
				}
			}
		}
	}

	private void requireBrokerAlive() {
		if (!this.process.isAlive()) {
			throw new StartupFailure("Kafka exited during start-up (exit code " + this.process.exitCode() + ") — see "
					+ this.process.logFile() + "; if its data is damaged, start again with --reset");
		}
	}

	public void stop() {
		this.process.stop(Duration.ofSeconds(20));
	}

}
