package kr.fundflow.localstack.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

import kr.fundflow.localstack.process.ParentProcessWatcher;

/**
 * Main class of the Kafka child process: formats the log directory on first use, then
 * runs the broker until the supervisor is gone.
 * <p>
 * Usage: {@code KafkaBrokerMain <server.properties> [--parent-pid=N]}
 */
public final class KafkaBrokerMain {

	private KafkaBrokerMain() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: KafkaBrokerMain <server.properties> [--parent-pid=N]");
			System.exit(2);
		}
		Path config = Path.of(args[0]).toAbsolutePath();
		for (String arg : args) {
			if (arg.startsWith("--parent-pid=")) {
				long parentPid = Long.parseLong(arg.substring("--parent-pid=".length()));
				// System.exit runs Kafka's shutdown hook: a clean stop, so the next start
				// needs no recovery
				ParentProcessWatcher.watch(parentPid, () -> {
					System.out.println("local-stack supervisor (pid " + parentPid + ") is gone; stopping the broker");
					System.exit(0);
				});
			}
		}
		formatIfNeeded(config);
		Kafka.main(new String[] { config.toString() });
	}

	/**
	 * Formats the storage only when {@code meta.properties} is missing, so the data of
	 * earlier runs (and after a kill -9) survives.
	 */
	static void formatIfNeeded(Path config) throws IOException {
		Properties props = new Properties();
		try (Reader reader = Files.newBufferedReader(config)) {
			props.load(reader);
		}
		Path logDir = Path.of(props.getProperty("log.dirs"));
		if (Files.exists(logDir.resolve("meta.properties"))) {
			return;
		}
		int exitCode = StorageTool.execute(new String[] { "format", "--config", config.toString(), "--cluster-id",
				Uuid.randomUuid().toString(), "--ignore-formatted" }, System.out);
		if (exitCode != 0) {
			System.err.println("formatting " + logDir + " failed with exit code " + exitCode);
			System.exit(exitCode);
		}
	}

}
