package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Load;
import kr.fundflow.drills.stack.LocalStackRun;

/**
 * Scenario 1: {@code kill -9} of each service and of the gateway at random moments under
 * load; the supervisor starts each again. Clients retry with their idempotency keys.
 * Allowed 5xx: 502/503/504 problem details from the gateway while a service is down.
 */
public final class KillServicesDrill implements Drill {

	public static final String NAME = "kill-services";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		SplittableRandom random = context.random(NAME);
		LocalStackRun stack = context.stack();
		List<String> targets = new ArrayList<>();
		for (int i = 0; i < context.scale().killsPerTarget(); i++) {
			targets.addAll(LocalStackRun.SERVICES);
			targets.add(LocalStackRun.GATEWAY);
		}
		shuffle(targets, random);
		List<String> problems = new ArrayList<>();
		Stats stats = new Stats();
		Load load = new Load(context.world(), NAME, context.scale().loadThreads(), context.seed(NAME), stats).start();
		long spread = context.scale().faultLoad().toMillis() / targets.size();
		for (String target : targets) {
			Waits.pause(Duration.ofMillis(500 + random.nextLong(Math.max(1, spread))));
			if (!Waits.until(Duration.ofSeconds(120), Duration.ofMillis(200), () -> stack.child(target).isPresent())) {
				problems.add(target + " was not running again within 120 s, could not kill it");
				continue;
			}
			long pid = stack.kill(target);
			Log.line(NAME + ": kill -9 " + target + " (pid " + pid + ")");
		}
		for (String target : targets.stream().distinct().toList()) {
			if (!Waits.until(Duration.ofSeconds(180), Duration.ofMillis(500), () -> stack.isUp(target))) {
				problems.add(target + " did not come back UP within 180 s of the kills");
			}
		}
		Log.line(NAME + ": every killed process is UP again; load goes on a little");
		Waits.pause(Duration.ofSeconds(5));
		load.stop();
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		if (stats.firstUnexpected() != null) {
			problems.add("first unexpected 5xx: " + stats.firstUnexpected());
		}
		return context.result(NAME, context.world().ledger().acknowledgedBy(NAME), findings, stats.unexpected5xx(),
				problems);
	}

	static <T> void shuffle(List<T> values, SplittableRandom random) {
		for (int i = values.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			T swap = values.get(i);
			values.set(i, values.get(j));
			values.set(j, swap);
		}
	}

}
