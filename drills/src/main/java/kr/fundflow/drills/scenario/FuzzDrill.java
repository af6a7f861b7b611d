package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Answer;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.api.Writes;
import kr.fundflow.drills.check.Databases;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.fuzz.BadRequest;
import kr.fundflow.drills.fuzz.BadRequests;
import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.load.Load;
import kr.fundflow.drills.load.World;

/**
 * Scenario 7: generated bad requests against every endpoint through the gateway (see
 * {@link BadRequests}; seeded, so a failure replays with the same {@code --seed}). No
 * answer may be a 5xx, no bad write may be accepted, and nothing may change: every
 * table's row count and every topic's end offset are the same before and after.
 */
public final class FuzzDrill implements Drill {

	public static final String NAME = "fuzz";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		List<String> problems = Collections.synchronizedList(new ArrayList<>());
		BadRequests.Fixtures fixtures = fixtures(context);
		context.invariants().settleAndCheck(context.scale().convergence());
		Map<String, Long> rowsBefore = context.databases().rowCounts();
		Map<String, Long> offsetsBefore = context.kafka().endOffsetsByTopic();

		long seed = context.seed(NAME);
		List<BadRequest> requests = new BadRequests(seed, fixtures).generate(context.scale().fuzzRequests());
		Log.line(NAME + ": " + requests.size() + " generated bad requests (seed " + seed + ")");
		Stats stats = new Stats();
		AtomicLong fiveXx = new AtomicLong();
		AtomicLong acceptedWrites = new AtomicLong();
		AtomicLong unsent = new AtomicLong();
		ExecutorService senders = Executors.newFixedThreadPool(8);
		long started = System.nanoTime();
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (BadRequest request : requests) {
				sent.add(senders.submit(() -> {
					// on reused keep-alive connections, as browsers and dashboards send
					// them: a request after an error answer must be answered too
					Answer answer = context.world()
						.gateway()
						.sendRaw(request.method(), request.path(), request.body(), request.headers(),
								Duration.ofSeconds(20));
					if (answer.status() == -1 && answer.failure().startsWith("IllegalArgumentException")) {
						unsent.incrementAndGet();
						return;
					}
					stats.record(request.method() + " " + request.kind(), answer);
					if (answer.is5xx()) {
						fiveXx.incrementAndGet();
						note(problems, "5xx: " + request.describe() + " → " + answer.describe());
					}
					if (answer.status() == -1) {
						note(problems, "no answer: " + request.describe() + " → " + answer.describe());
					}
					if (request.write() && answer.ok()) {
						acceptedWrites.incrementAndGet();
						note(problems, "bad write accepted: " + request.describe() + " → " + answer.describe());
					}
				}));
			}
			for (Future<?> done : sent) {
				done.get();
			}
		}
		finally {
			senders.shutdown();
		}
		Log.line(String.format(java.util.Locale.ROOT, "%s: answers %s in %.0f s (%d not sendable by the client)", NAME,
				stats.describe(), (System.nanoTime() - started) / 1e9, unsent.get()));
		if (requests.size() - unsent.get() < context.scale().fuzzRequests() * 0.98) {
			problems.add("only " + (requests.size() - unsent.get()) + " requests could be sent");
		}
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		compare("row counts", rowsBefore, context.databases().rowCounts(), problems);
		compare("topic end offsets", offsetsBefore, context.kafka().endOffsetsByTopic(), problems);
		return context.result(NAME, acceptedWrites.get(), findings, fiveXx.get(), new ArrayList<>(problems));
	}

	/** Resources the bad requests point at, so that they reach validation. */
	private static BadRequests.Fixtures fixtures(DrillContext context) throws Exception {
		World world = context.world();
		UUID allocation = null;
		for (Map<String, Object> row : context.databases()
			.query(Databases.FUND,
					"SELECT id FROM allocation WHERE title LIKE 'drill %' ORDER BY created_at LIMIT 1")) {
			allocation = (UUID) row.get("id");
		}
		String brn = null;
		for (Map<String, Object> row : context.databases()
			.query(Databases.COMPANY, "SELECT brn FROM company ORDER BY registered_at LIMIT 1")) {
			brn = (String) row.get("brn");
		}
		Stats stats = new Stats();
		if (allocation == null) {
			String operation = world.runId() + "-" + NAME + "-allocation";
			Writes.Result result = world.writes()
				.write(operation, "POST", "/api/funds/" + world.fundId() + "/allocations",
						Payloads.allocation(operation, List.of("BUSAN"), List.of("AI"), 5_000_000_000L).toString(),
						world.operator(), stats, Load.WRITE_DEADLINE);
			allocation = UUID.fromString(result.answer().json().path("id").asString());
			world.ledger().acknowledged(Ledger.Kind.ALLOCATION, operation, allocation.toString(), NAME);
		}
		if (brn == null) {
			String operation = world.runId() + "-" + NAME + "-company";
			brn = world.nextBrn();
			world.writes()
				.write(operation, "POST", "/api/companies",
						Payloads.company(operation, brn, "BUSAN", "AI", 100_000_000L).toString(), world.operator(),
						stats, Load.WRITE_DEADLINE);
			world.ledger().acknowledged(Ledger.Kind.COMPANY, operation, brn, NAME);
		}
		UUID match = new UUID(0, 1);
		for (Map<String, Object> row : context.databases()
			.query(Databases.MATCHING,
					"SELECT id FROM match WHERE region = 'GYEONGBUK' ORDER BY proposed_at LIMIT 1")) {
			match = (UUID) row.get("id");
		}
		return new BadRequests.Fixtures(world.operator(), world.workingGroup("GYEONGBUK", 2), world.ministry(),
				world.gateway().token("drill-ops", "OPS", null), world.fundId(), allocation, brn, match);
	}

	private static void compare(String what, Map<String, Long> before, Map<String, Long> after, List<String> problems) {
		Map<String, String> changed = new TreeMap<>();
		for (String key : after.keySet()) {
			if (!after.get(key).equals(before.get(key))) {
				changed.put(key, before.get(key) + " → " + after.get(key));
			}
		}
		for (String key : before.keySet()) {
			if (!after.containsKey(key)) {
				changed.put(key, before.get(key) + " → gone");
			}
		}
		if (!changed.isEmpty()) {
			problems.add(what + " changed: " + changed);
		}
		else {
			Log.line(NAME + ": " + what + " unchanged (" + after.size() + " compared)");
		}
	}

	private static void note(List<String> problems, String problem) {
		synchronized (problems) {
			if (problems.size() < 10) {
				problems.add(problem);
			}
		}
	}

}
