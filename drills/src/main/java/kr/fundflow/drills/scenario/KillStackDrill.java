package kr.fundflow.drills.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.api.Writes;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.load.Load;
import kr.fundflow.drills.load.World;

/**
 * The final check: {@code kill -9} of the whole local stack (supervisor,
 * services, gateway, broker at once) in the middle of a burst of registrations, then a
 * normal start on the same data. No acknowledged company may be lost and no (allocation,
 * company) may have two live matches; clients retry with their keys across the restart.
 */
public final class KillStackDrill implements Drill {

	public static final String NAME = "kill-stack";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		World world = context.world();
		SplittableRandom random = context.random(NAME);
		List<String> problems = new ArrayList<>();
		Stats stats = new Stats();
		int burst = context.scale().burst();
		long killAfter = burst / 5 + random.nextInt(Math.max(1, burst / 3));
		ExecutorService clients = Executors.newFixedThreadPool(8);
		List<Future<Writes.Outcome>> writes = new ArrayList<>();
		for (int i = 0; i < burst; i++) {
			String operation = world.runId() + "-" + NAME + "-" + i;
			String region = World.LOAD_REGIONS.get(random.nextInt(World.LOAD_REGIONS.size()));
			String industry = World.LOAD_INDUSTRIES.get(random.nextInt(World.LOAD_INDUSTRIES.size()));
			writes.add(clients.submit(() -> {
				String brn = world.nextBrn();
				Writes.Result result = world.writes()
					.write(operation, "POST", "/api/companies",
							Payloads.company(operation, brn, region, industry, 200_000_000L).toString(),
							world.operator(), stats, Load.WRITE_DEADLINE);
				switch (result.outcome()) {
					case ACKNOWLEDGED -> world.ledger().acknowledged(Ledger.Kind.COMPANY, operation, brn, NAME);
					case UNSETTLED -> world.ledger().unsettled(Ledger.Kind.COMPANY, operation, brn, NAME);
					case REFUSED -> {
					}
				}
				return result.outcome();
			}));
		}
		Waits.until(java.time.Duration.ofSeconds(120), java.time.Duration.ofMillis(20),
				() -> stats.acknowledgedCount() >= killAfter);
		long acknowledgedAtKill = stats.acknowledgedCount();
		context.stack().killAll();
		Log.line(NAME + ": kill -9 of the supervisor and all its children after " + acknowledgedAtKill + " of " + burst
				+ " registrations were acknowledged");
		long restarting = System.nanoTime();
		context.stack().start(false);
		Log.line(String.format(java.util.Locale.ROOT, "%s: the stack is UP again after %.0f s", NAME,
				(System.nanoTime() - restarting) / 1e9));
		long unsettled = 0;
		long refused = 0;
		for (Future<Writes.Outcome> write : writes) {
			Writes.Outcome outcome = write.get();
			unsettled += (outcome == Writes.Outcome.UNSETTLED) ? 1 : 0;
			refused += (outcome == Writes.Outcome.REFUSED) ? 1 : 0;
		}
		clients.shutdown();
		Log.line(NAME + ": burst done: " + stats.describe());
		if (unsettled > 0) {
			problems.add(unsettled + " registrations never got an answer, even after the restart");
		}
		if (refused > 0) {
			problems.add(refused + " registrations were refused");
		}
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		if (stats.firstUnexpected() != null) {
			problems.add("first unexpected 5xx: " + stats.firstUnexpected());
		}
		return context.result(NAME, world.ledger().acknowledgedBy(NAME), findings, stats.unexpected5xx(), problems);
	}

}
