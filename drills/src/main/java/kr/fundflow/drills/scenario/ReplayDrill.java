package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.stack.LocalStackRun;

/**
 * Scenario 4: every consumer reads every topic again from the beginning. The services are
 * stopped (the supervisor's hold files), every consumer group is moved back to the
 * earliest offsets, the services start again and consume everything once more. Nothing
 * may change: every business table has the same rows (an MD5 over all of them), and no
 * service publishes a new event (the inboxes see every event as already applied).
 */
public final class ReplayDrill implements Drill {

	public static final String NAME = "replay";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		List<String> problems = new ArrayList<>();
		LocalStackRun stack = context.stack();
		Findings before = context.invariants().settleAndCheck(context.scale().convergence());
		if (!before.problems().isEmpty()) {
			problems.add("not settled before the replay: " + before.settled());
		}
		Map<String, String> snapshot = context.databases().snapshot();
		Map<String, Long> offsets = eventTopics(context.kafka().endOffsetsByTopic());
		Map<String, Set<String>> groups = context.kafka().topicsByGroup();

		for (String service : LocalStackRun.SERVICES) {
			stack.hold(service);
		}
		for (String service : LocalStackRun.SERVICES) {
			if (!Waits.until(Duration.ofSeconds(90), Duration.ofMillis(250), () -> stack.child(service).isEmpty())) {
				problems.add(service + " was not stopped by its hold file within 90 s");
			}
		}
		long replayed = 0;
		for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
			if (!Waits.until(Duration.ofSeconds(90), Duration.ofMillis(500),
					() -> context.kafka().isEmpty(group.getKey()))) {
				problems.add("consumer group " + group.getKey() + " still had members after its service stopped");
				continue;
			}
			replayed += context.kafka().rewind(group.getKey(), group.getValue());
		}
		Log.line(NAME + ": " + groups.size() + " consumer groups " + groups.keySet()
				+ " moved to the earliest offsets; " + replayed + " records will be consumed again");
		for (String service : LocalStackRun.SERVICES) {
			stack.release(service);
		}
		for (String service : LocalStackRun.SERVICES) {
			if (!Waits.until(Duration.ofSeconds(180), Duration.ofMillis(500), () -> stack.isUp(service))) {
				problems.add(service + " did not come back UP within 180 s of its release");
			}
		}
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		Map<String, String> after = context.databases().snapshot();
		Map<String, String> changed = new TreeMap<>();
		for (String table : after.keySet()) {
			if (!after.get(table).equals(snapshot.get(table))) {
				changed.put(table, snapshot.get(table) + " → " + after.get(table));
			}
		}
		if (!changed.isEmpty()) {
			problems.add("the replay changed " + changed.size() + " tables: " + changed);
		}
		Map<String, Long> offsetsAfter = eventTopics(context.kafka().endOffsetsByTopic());
		if (!offsetsAfter.equals(offsets)) {
			problems.add("the replay published new events: " + offsets + " → " + offsetsAfter);
		}
		Log.line(NAME + ": " + after.size() + " tables compared, " + changed.size() + " changed; event topics "
				+ (offsetsAfter.equals(offsets) ? "unchanged" : "grew"));
		return context.result(NAME, context.world().ledger().all().stream().filter(e -> e.acknowledged()).count(),
				findings, 0, problems);
	}

	/** The topics events are published on (not the dead-letter topics). */
	private static Map<String, Long> eventTopics(Map<String, Long> offsets) {
		Map<String, Long> events = new TreeMap<>();
		offsets.forEach((topic, offset) -> {
			if (topic.startsWith("fundflow.") && !topic.endsWith(".dlt")) {
				events.put(topic, offset);
			}
		});
		return events;
	}

}
