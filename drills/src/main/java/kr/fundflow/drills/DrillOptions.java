package kr.fundflow.drills;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the drills.
 *
 * @param quick the CI variant: fewer trials, shorter load
 * @param seed makes every random choice (kill moments, payloads, fuzzed requests)
 * repeatable
 * @param only the drills to run (empty: all), by name
 * @param stackJar local-stack.jar
 * @param workDir the stack's data directory, logs and the drills' own log
 * @param portOffset the stack's port offset (its databases get the same suffix)
 * @param postgresOutage how scenario 3 takes PostgreSQL away: {@code proxy} (the drills'
 * TCP proxy between the services and PostgreSQL drops every connection and refuses new
 * ones; nothing else on the server is touched) or {@code cluster} (pg_ctlcluster stops
 * the whole local cluster: only on a machine where nothing else uses it)
 * @param postgres the PostgreSQL server the stack's databases live on
 */
public record DrillOptions(boolean quick, long seed, Set<String> only, Path stackJar, Path workDir, int portOffset,
		String postgresOutage, Postgres postgres) {

	/** Where the PostgreSQL server is (env PG_HOST, PG_PORT, PG_USER, PG_PASSWORD). */
	public record Postgres(String host, int port, String user, String password) {

		public String jdbcUrl(String database) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + database;
		}

	}

	static final int DEFAULT_PORT_OFFSET = 500;

	private static final Set<String> VALUED = Set.of("--seed", "--only", "--stack-jar", "--work-dir", "--port-offset",
			"--pg-outage");

	static DrillOptions parse(String[] args, Map<String, String> env, Path drillsJar) {
		boolean quick = false;
		long seed = System.nanoTime() & 0xffffffffL;
		Set<String> only = new LinkedHashSet<>();
		Path stackJar = null;
		Path workDir = null;
		int portOffset = DEFAULT_PORT_OFFSET;
		String outage = "proxy";
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (name.equals("--quick")) {
				quick = true;
				continue;
			}
			if (name.equals("--help") || name.equals("-h")) {
				throw new UsageException(null);
			}
			if (!VALUED.contains(name)) {
				throw new UsageException("unknown option " + arg);
			}
			String value;
			if (arg.contains("=")) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else if (i + 1 < args.length) {
				value = args[++i];
			}
			else {
				throw new UsageException(arg + " needs a value");
			}
			switch (name) {
				case "--seed" -> seed = Long.parseLong(value.trim());
				case "--only" -> only.addAll(Arrays.asList(value.split(",")));
				case "--stack-jar" -> stackJar = Path.of(value);
				case "--work-dir" -> workDir = Path.of(value);
				case "--port-offset" -> portOffset = Integer.parseInt(value.trim());
				case "--pg-outage" -> outage = value;
				default -> throw new UsageException("unknown option " + arg);
			}
		}
		if (!outage.equals("proxy") && !outage.equals("cluster")) {
			throw new UsageException("--pg-outage must be proxy or cluster");
		}
		Path base = (drillsJar != null) ? drillsJar.toAbsolutePath().getParent() : Path.of("drills", "target");
		if (stackJar == null) {
			stackJar = locateStackJar(base);
		}
		if (workDir == null) {
			workDir = base.resolve("drill-run");
		}
		Postgres postgres = new Postgres(env.getOrDefault("PG_HOST", "127.0.0.1"),
				Integer.parseInt(env.getOrDefault("PG_PORT", "5432")), env.getOrDefault("PG_USER", "postgres"),
				env.getOrDefault("PG_PASSWORD", "postgres"));
		return new DrillOptions(quick, seed, only, stackJar.toAbsolutePath(), workDir.toAbsolutePath(), portOffset,
				outage, postgres);
	}

	/**
	 * Beside drills.jar in a checkout: drills/target →
	 * local-stack/target/local-stack.jar.
	 */
	private static Path locateStackJar(Path drillsTarget) {
		Path sibling = drillsTarget.resolve("../../local-stack/target/local-stack.jar").normalize();
		if (Files.exists(sibling)) {
			return sibling;
		}
		return Path.of("local-stack", "target", "local-stack.jar");
	}

	public boolean runs(String drill) {
		return this.only.isEmpty() || this.only.contains(drill);
	}

	static String usage() {
		return """
				Usage: java -jar drills/target/drills.jar [--quick] [--seed N] [--only NAME[,NAME...]]
				                                          [--stack-jar PATH] [--work-dir PATH] [--port-offset N]
				                                          [--pg-outage proxy|cluster]

				Starts the whole system from local-stack.jar (its own port offset, data directory and databases,
				wiped at the start), drives load through the gateway, injects faults and checks after each drill
				that nothing acknowledged was lost or doubled and no budget was overspent. One summary line per
				drill; exit code 1 if any drill failed. Drills, in order:
				  idempotency, kill-services, kafka-restart, postgres-outage, poison, overspend, fuzz, kill-stack,
				  replay
				--quick is the CI variant (fewer trials and requests). The seed is printed; pass it again with
				--seed to repeat the same choices.
				""";
	}

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
