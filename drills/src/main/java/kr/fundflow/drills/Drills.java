package kr.fundflow.drills;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kr.fundflow.drills.DrillOptions.UsageException;
import kr.fundflow.drills.api.Gateway;
import kr.fundflow.drills.api.Writes;
import kr.fundflow.drills.check.Databases;
import kr.fundflow.drills.check.Invariants;
import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.load.World;
import kr.fundflow.drills.scenario.FuzzDrill;
import kr.fundflow.drills.scenario.IdempotencyDrill;
import kr.fundflow.drills.scenario.KafkaRestartDrill;
import kr.fundflow.drills.scenario.KillServicesDrill;
import kr.fundflow.drills.scenario.KillStackDrill;
import kr.fundflow.drills.scenario.OverspendDrill;
import kr.fundflow.drills.scenario.PoisonDrill;
import kr.fundflow.drills.scenario.PostgresOutageDrill;
import kr.fundflow.drills.scenario.ReplayDrill;
import kr.fundflow.drills.stack.KafkaProbe;
import kr.fundflow.drills.stack.LocalStackRun;
import kr.fundflow.drills.stack.PostgresProxy;

/**
 * {@code java -jar drills.jar [--quick] [--seed N] [--only NAME]}: the fault drills of
 * issue 6 against the real system. See {@link DrillOptions#usage()} and
 * docs/reliability.md.
 */
public final class Drills {

	private Drills() {
	}

	static List<Drill> all() {
		return List.of(new IdempotencyDrill(), new KillServicesDrill(), new KafkaRestartDrill(),
				new PostgresOutageDrill(), new PoisonDrill(), new OverspendDrill(), new FuzzDrill(),
				new KillStackDrill(), new ReplayDrill());
	}

	public static void main(String[] args) throws Exception {
		// the clients' own logs would drown the drills' lines (a broker that is down on
		// purpose)
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "off");
		DrillOptions options;
		try {
			options = DrillOptions.parse(args, System.getenv(), jarLocation());
		}
		catch (UsageException ex) {
			if (ex.getMessage() != null) {
				System.err.println("drills: " + ex.getMessage());
			}
			System.err.print(DrillOptions.usage());
			System.exit(2);
			return;
		}
		System.exit(run(options));
	}

	static int run(DrillOptions options) throws Exception {
		Log.to(options.workDir().resolve("drills.log"));
		Scale scale = options.quick() ? Scale.quick() : Scale.full();
		Log.line((options.quick() ? "quick" : "full") + " run, seed " + options.seed() + " (repeat with --seed "
				+ options.seed() + "), stack " + options.stackJar() + ", port offset " + options.portOffset()
				+ ", work dir " + options.workDir());
		List<Drill> drills = all().stream().filter(drill -> options.runs(drill.name())).toList();
		if (drills.isEmpty()) {
			throw new UsageException("no drill named " + options.only());
		}
		String runId = "r" + Long.toHexString(options.seed());
		try (PostgresProxy proxy = new PostgresProxy(options.postgres().host(), options.postgres().port())) {
			LocalStackRun stack = new LocalStackRun(options.stackJar(), options.workDir(), options.portOffset(),
					proxy.port());
			Thread cleanup = new Thread(() -> {
				try {
					stack.stop();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "drills-cleanup");
			Runtime.getRuntime().addShutdownHook(cleanup);
			long starting = System.nanoTime();
			stack.start(true);
			Log.line(String.format(java.util.Locale.ROOT,
					"stack UP in %.0f s (gateway on %d, PostgreSQL through the " + "drills' proxy on %d)",
					(System.nanoTime() - starting) / 1e9, stack.gatewayPort(), proxy.port()));
			List<DrillResult> results = new ArrayList<>();
			try (KafkaProbe kafka = new KafkaProbe(stack.kafkaBootstrap())) {
				Gateway gateway = new Gateway(stack.gatewayPort());
				Ledger ledger = new Ledger();
				World world = new World(gateway, new Writes(gateway, runId), ledger, runId,
						(int) Math.floorMod(options.seed(), 100L));
				world.prepare();
				Databases databases = new Databases(options.postgres(), stack);
				DrillContext context = new DrillContext(options, scale, stack, proxy, kafka, databases, world,
						new Invariants(databases, kafka, stack, ledger));
				for (Drill drill : drills) {
					long started = System.nanoTime();
					Log.line("== " + drill.name());
					DrillResult result;
					try {
						result = drill.run(context);
					}
					catch (Exception ex) {
						Log.line(drill.name() + ": the drill failed to run: " + ex);
						ex.printStackTrace(System.out);
						result = DrillResult.crashed(drill.name(), ex);
					}
					result.problems().forEach(problem -> Log.line("  " + drill.name() + ": " + problem));
					Log.line(String.format(java.util.Locale.ROOT, "%s took %.0f s", drill.name(),
							(System.nanoTime() - started) / 1e9));
					Log.plain(result.summary());
					results.add(result);
				}
			}
			Log.line("stopping the stack");
			stack.stop();
			Runtime.getRuntime().removeShutdownHook(cleanup);
			Log.line("all drills done:");
			results.forEach(result -> Log.plain(result.summary()));
			return results.stream().allMatch(DrillResult::passed) ? 0 : 1;
		}
	}

	/** drills.jar's own path, to find local-stack.jar beside it in a checkout. */
	private static Path jarLocation() {
		try {
			Path location = Path.of(Drills.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return location.toString().endsWith(".jar") ? location : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

}
