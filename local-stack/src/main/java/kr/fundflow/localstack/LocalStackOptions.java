package kr.fundflow.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * The command line of the local stack. Flags win over environment variables.
 *
 * @param dataDir where keys, databases (embedded PostgreSQL), the Kafka log, service jars
 * and logs live
 * @param portOffset added to every port, so that a second stack (tests) does not collide
 * with a developer's
 * @param reset wipe the Kafka log and drop the databases before starting
 * @param demoData load the demo data set once
 * @param infraOnly start only PostgreSQL and Kafka (services run from the IDE)
 * @param help print the usage and exit
 */
public record LocalStackOptions(Path dataDir, int portOffset, boolean reset, boolean demoData, boolean infraOnly,
		boolean help) {

	static final String DEFAULT_DATA_DIR = ".local-stack";

	/** The highest port is the Kafka controller's (9093); keep it below 65536. */
	static final int MAX_PORT_OFFSET = 65535 - 9093;

	public static LocalStackOptions parse(String[] args, Map<String, String> env) {
		String dataDir = env.getOrDefault("FUNDFLOW_DATA_DIR", DEFAULT_DATA_DIR);
		int portOffset = 0;
		boolean reset = false;
		boolean demoData = true;
		boolean infraOnly = false;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			switch (name) {
				case "--reset" -> reset = true;
				case "--no-demo-data" -> demoData = false;
				case "--infra-only" -> infraOnly = true;
				case "--help", "-h" -> help = true;
				case "--data-dir" -> {
					dataDir = valueOf(args, i, arg);
					i += arg.contains("=") ? 0 : 1;
					if (dataDir.isBlank()) {
						throw new UsageException("--data-dir needs a path");
					}
				}
				case "--port-offset" -> {
					portOffset = parsePortOffset(valueOf(args, i, arg));
					i += arg.contains("=") ? 0 : 1;
				}
				default -> throw new UsageException("unknown option " + arg);
			}
		}
		return new LocalStackOptions(Path.of(dataDir).toAbsolutePath().normalize(), portOffset, reset, demoData,
				infraOnly, help);
	}

	private static String valueOf(String[] args, int index, String arg) {
		if (arg.contains("=")) {
			return arg.substring(arg.indexOf('=') + 1);
		}
		if (index + 1 >= args.length) {
			throw new UsageException(arg + " needs a value");
		}
		return args[index + 1];
	}

	private static int parsePortOffset(String value) {
		try {
			int offset = Integer.parseInt(value.trim());
			if (offset < 0 || offset > MAX_PORT_OFFSET) {
				throw new UsageException("--port-offset must be between 0 and " + MAX_PORT_OFFSET);
			}
			return offset;
		}
		catch (NumberFormatException ex) {
			throw new UsageException("--port-offset needs a whole number, not '" + value + "'");
		}
	}

	public static String usage() {
		return """
				Usage: java -jar local-stack.jar [options]

				Runs the fund-flow tracker on this machine: PostgreSQL (the local server, or an embedded one),
				a Kafka broker (KRaft), the fund, company and matching services and the gateway, then loads
				the demo data and prints the URLs. Ctrl-C stops everything; data survives a restart.

				Options:
				  --data-dir=PATH    keys, Kafka log, embedded database, logs (default ./.local-stack,
				                     or env FUNDFLOW_DATA_DIR)
				  --port-offset=N    add N to every port (gateway 8080, services 8081-8083, Kafka 9092/9093,
				                     embedded PostgreSQL 5433); N > 0 also suffixes the database names
				                     with _N so a test stack never touches a developer's data
				  --reset            wipe the Kafka log and drop and recreate the databases
				  --no-demo-data     do not load the demo data set
				  --infra-only       start only PostgreSQL and Kafka (run the services from your IDE)
				  --help             this text

				Environment: PG_HOST (127.0.0.1), PG_PORT (5432), PG_USER (postgres), PG_PASSWORD (postgres)
				""";
	}

	/** A bad command line: reported as one line with a pointer to --help. */
	public static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
