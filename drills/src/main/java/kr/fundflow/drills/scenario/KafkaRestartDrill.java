package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Load;
import kr.fundflow.drills.stack.LocalStackRun;

/**
 * Scenario 2: {@code kill -9} of the Kafka broker under load; the supervisor restarts it
 * on its log. Meanwhile the API keeps acknowledging writes: their events wait in the
 * outboxes and leave when the broker is back.
 */
public final class KafkaRestartDrill implements Drill {

	public static final String NAME = "kafka-restart";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		List<String> problems = new ArrayList<>();
		Stats stats = new Stats();
		Load load = new Load(context.world(), NAME, context.scale().loadThreads(), context.seed(NAME), stats).start();
		Waits.pause(context.scale().faultLoad().dividedBy(3));
		long ackedBefore = stats.acknowledgedCount();
		long pid = context.stack().kill(LocalStackRun.KAFKA);
		long killedAt = System.nanoTime();
		Log.line(NAME + ": kill -9 kafka (pid " + pid + ")");
		long[] peakBacklog = { 0 };
		boolean back = Waits.until(Duration.ofSeconds(180), Duration.ofMillis(250), () -> {
			long backlog = context.databases().outboxBacklog().values().stream().mapToLong(Long::longValue).sum();
			peakBacklog[0] = Math.max(peakBacklog[0], backlog);
			return context.stack().child(LocalStackRun.KAFKA).isPresent() && context.kafka().brokerAnswers();
		});
		long ackedWhileDown = stats.acknowledgedCount() - ackedBefore;
		double downSeconds = (System.nanoTime() - killedAt) / 1e9;
		Log.line(String.format(java.util.Locale.ROOT,
				"%s: broker back after %.1f s; %d writes acknowledged meanwhile; outbox backlog peaked at %d", NAME,
				downSeconds, ackedWhileDown, peakBacklog[0]));
		if (!back) {
			problems.add("the broker did not come back within 180 s");
		}
		if (ackedWhileDown == 0) {
			problems.add("no write was acknowledged while the broker was down");
		}
		if (peakBacklog[0] == 0) {
			problems.add("the outboxes never held anything back: the outage was not felt");
		}
		Waits.pause(context.scale().faultLoad().dividedBy(3));
		load.stop();
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		if (stats.firstUnexpected() != null) {
			problems.add("first unexpected 5xx: " + stats.firstUnexpected());
		}
		return context.result(NAME, context.world().ledger().acknowledgedBy(NAME), findings, stats.unexpected5xx(),
				problems);
	}

}
