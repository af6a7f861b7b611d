package kr.fundflow.drills.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Answer;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Load;

/**
 * Scenario 3: PostgreSQL goes away under load and comes back. During the outage the API
 * answers 503 problem details (never a 500, never a hang); afterwards it recovers by
 * itself, without restarts. By default the drills' proxy drops every connection of the
 * stack and refuses new ones (what a stopped server looks like, without touching other
 * users of the server); {@code --pg-outage cluster} stops the local cluster itself.
 */
public final class PostgresOutageDrill implements Drill {

	public static final String NAME = "postgres-outage";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		List<String> problems = new ArrayList<>();
		Stats stats = new Stats();
		Stats probes = new Stats();
		Load load = new Load(context.world(), NAME, context.scale().loadThreads(), context.seed(NAME), stats).start();
		Waits.pause(context.scale().faultLoad().dividedBy(3));
		String ministry = context.world().ministry();
		List<String> reads = List.of("/api/funds/" + context.world().fundId(), "/api/companies?size=1",
				"/api/matches?size=1");
		stop(context);
		long stoppedAt = System.nanoTime();
		AtomicBoolean down = new AtomicBoolean(true);
		Thread prober = new Thread(() -> {
			int i = 0;
			while (down.get()) {
				String path = reads.get(i++ % reads.size());
				Answer answer = context.world().gateway().get(path, ministry);
				probes.record("GET " + path, answer);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "outage-prober");
		prober.start();
		Waits.pause(context.scale().postgresOutage());
		down.set(false);
		prober.join();
		start(context);
		Log.line(String.format(java.util.Locale.ROOT, "%s: PostgreSQL back after %.1f s; reads meanwhile: %s", NAME,
				(System.nanoTime() - stoppedAt) / 1e9, probes.describe()));
		long recoveryStarted = System.nanoTime();
		boolean recovered = Waits.until(Duration.ofSeconds(120), Duration.ofMillis(250),
				() -> reads.stream().allMatch(path -> context.world().gateway().get(path, ministry).ok()));
		Log.line(
				String.format(java.util.Locale.ROOT, "%s: every service answers again %.1f s after PostgreSQL returned",
						NAME, (System.nanoTime() - recoveryStarted) / 1e9));
		if (!recovered) {
			problems.add("the API did not answer reads within 120 s of PostgreSQL coming back");
		}
		if (probes.count("503") == 0) {
			problems.add("no 503 during the outage (" + probes.describe() + ")");
		}
		if (probes.unexpected5xx() > 0) {
			problems.add("during the outage: " + probes.firstUnexpected());
		}
		Waits.pause(context.scale().faultLoad().dividedBy(3));
		load.stop();
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		if (stats.firstUnexpected() != null) {
			problems.add("first unexpected 5xx: " + stats.firstUnexpected());
		}
		return context.result(NAME, context.world().ledger().acknowledgedBy(NAME), findings,
				stats.unexpected5xx() + probes.unexpected5xx(), problems);
	}

	private static void stop(DrillContext context) throws IOException, InterruptedException {
		if (context.options().postgresOutage().equals("cluster")) {
			pgCtlCluster("stop", "-m", "fast");
			Log.line(NAME + ": pg_ctlcluster stopped the local PostgreSQL cluster");
		}
		else {
			context.postgresProxy().cut();
			Log.line(NAME + ": PostgreSQL cut off (every connection of the stack reset, new ones refused)");
		}
	}

	private static void start(DrillContext context) throws IOException, InterruptedException {
		if (context.options().postgresOutage().equals("cluster")) {
			pgCtlCluster("start");
		}
		else {
			context.postgresProxy().heal();
		}
	}

	private static void pgCtlCluster(String... action) throws IOException, InterruptedException {
		String version;
		try (var versions = Files.list(Path.of("/etc/postgresql"))) {
			version = versions.map(path -> path.getFileName().toString()).sorted().findFirst().orElseThrow();
		}
		List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main"));
		command.addAll(List.of(action));
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed");
		}
	}

}
