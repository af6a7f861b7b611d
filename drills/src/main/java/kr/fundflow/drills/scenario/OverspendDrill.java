package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.api.Writes;
import kr.fundflow.drills.check.Databases;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.load.Load;
import kr.fundflow.drills.load.World;

/**
 * Scenario 6: seeded trials of a budget race on the real path. Each trial opens an
 * allocation of 1/k of what 64 companies ask (k from 2 to 10), waits for the 64
 * proposals, and has a working group approve all 64 at the same moment through the review
 * API; every approval becomes MatchReviewed, fund-service's ledger accepts or rejects
 * each, matching-service records the answer. Never may an allocation commit more than its
 * amount, and the three views (allocation, commitments, committed matches) must agree.
 */
public final class OverspendDrill implements Drill {

	public static final String NAME = "overspend";

	static final int APPROVALS = 64;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		World world = context.world();
		SplittableRandom random = context.random(NAME);
		List<String> problems = Collections.synchronizedList(new ArrayList<>());
		Stats stats = new Stats();
		long asked = registerCompanies(context, random, stats, problems);
		if (asked == 0) {
			return context.result(NAME, 0, context.invariants().settleAndCheck(context.scale().convergence()),
					stats.unexpected5xx(), problems);
		}
		int trials = context.scale().overspendTrials();
		List<Integer> factors = new ArrayList<>();
		for (int t = 0; t < trials; t++) {
			factors.add(2 + random.nextInt(9));
		}
		ExecutorService approvers = Executors.newFixedThreadPool(APPROVALS * context.scale().overspendParallel());
		ExecutorService runners = Executors.newFixedThreadPool(context.scale().overspendParallel());
		List<UUID> allocations = Collections.synchronizedList(new ArrayList<>());
		AtomicLong approved = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		long started = System.nanoTime();
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < trials; t++) {
				int trial = t;
				running.add(runners.submit(() -> {
					trial(context, trial, asked / factors.get(trial), approvers, stats, problems, allocations, approved,
							refused);
					return null;
				}));
			}
			for (int t = 0; t < running.size(); t++) {
				running.get(t).get();
				if ((t + 1) % Math.max(1, trials / 10) == 0) {
					Log.line(String.format(java.util.Locale.ROOT,
							"%s: %d/%d trials, %d approvals accepted by the API, " + "%d refused (%.0f s)", NAME, t + 1,
							trials, approved.get(), refused.get(), (System.nanoTime() - started) / 1e9));
				}
			}
		}
		finally {
			runners.shutdownNow();
			approvers.shutdownNow();
		}
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		summarize(context, allocations, problems);
		if (stats.firstUnexpected() != null) {
			problems.add("first unexpected 5xx: " + stats.firstUnexpected());
		}
		return context.result(NAME, world.ledger().acknowledgedBy(NAME), findings, stats.unexpected5xx(),
				new ArrayList<>(problems));
	}

	/**
	 * The 64 companies every trial races over, alone in their (region, industry); returns
	 * what they ask in total.
	 */
	private long registerCompanies(DrillContext context, SplittableRandom random, Stats stats, List<String> problems)
			throws Exception {
		World world = context.world();
		List<Long> demands = new ArrayList<>();
		for (int i = 0; i < APPROVALS; i++) {
			demands.add((100 + random.nextInt(901)) * 1_000_000L);
		}
		List<String> brns = new ArrayList<>();
		for (int i = 0; i < APPROVALS; i++) {
			brns.add(world.nextBrn());
		}
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < APPROVALS; i++) {
				int n = i;
				results.add(clients.submit(() -> {
					String operation = world.runId() + "-" + NAME + "-company-" + n;
					Writes.Result result = world.writes()
						.write(operation, "POST", "/api/companies",
								Payloads
									.company(operation, brns.get(n), World.RACE_REGION, World.RACE_INDUSTRY,
											demands.get(n))
									.toString(),
								world.operator(), stats, Load.WRITE_DEADLINE);
					if (result.acknowledged()) {
						world.ledger().acknowledged(Ledger.Kind.COMPANY, operation, brns.get(n), NAME);
					}
					return result.acknowledged();
				}));
			}
			for (Future<Boolean> result : results) {
				if (!result.get()) {
					problems.add("a company of the budget race could not be registered");
					return 0;
				}
			}
		}
		finally {
			clients.shutdown();
		}
		boolean indexed = Waits.until(Duration.ofSeconds(120), Duration.ofMillis(500),
				() -> context.databases()
					.count(Databases.MATCHING, "SELECT count(*) FROM company WHERE region = ? AND ? = ANY(industries)",
							World.RACE_REGION, World.RACE_INDUSTRY) >= APPROVALS);
		if (!indexed) {
			problems.add("matching-service did not index the 64 companies of the budget race within 120 s");
			return 0;
		}
		long total = demands.stream().mapToLong(Long::longValue).sum();
		Log.line(NAME + ": 64 companies in " + World.RACE_REGION + "/" + World.RACE_INDUSTRY + " ask " + total
				+ " won together");
		return total;
	}

	private void trial(DrillContext context, int trial, long amount, ExecutorService approvers, Stats stats,
			List<String> problems, List<UUID> allocations, AtomicLong approved, AtomicLong refused) throws Exception {
		World world = context.world();
		String operation = world.runId() + "-" + NAME + "-" + trial;
		Writes.Result opened = world.writes()
			.write(operation, "POST", "/api/funds/" + world.fundId() + "/allocations",
					Payloads.allocation(operation, List.of(World.RACE_REGION), List.of(World.RACE_INDUSTRY), amount)
						.toString(),
					world.operator(), stats, Load.WRITE_DEADLINE);
		if (!opened.acknowledged()) {
			problems.add("trial " + trial + ": the allocation was not opened: " + opened.answer().describe());
			return;
		}
		UUID allocationId = UUID.fromString(opened.answer().json().path("id").asString());
		world.ledger().acknowledged(Ledger.Kind.ALLOCATION, operation, allocationId.toString(), NAME);
		allocations.add(allocationId);
		List<UUID> matches = new ArrayList<>();
		boolean proposed = Waits.until(Duration.ofSeconds(120), Duration.ofMillis(200), () -> {
			matches.clear();
			for (Map<String, Object> row : context.databases()
				.query(Databases.MATCHING, "SELECT id FROM match WHERE allocation_id = ? AND status = 'PROPOSED'",
						allocationId)) {
				matches.add((UUID) row.get("id"));
			}
			return matches.size() == APPROVALS;
		});
		if (!proposed) {
			problems.add("trial " + trial + ": " + matches.size() + " of 64 matches proposed within 120 s");
			return;
		}
		String reviewer = world.workingGroup(World.RACE_REGION, 1);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> approvals = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			UUID matchId = matches.get(i);
			String approval = operation + "-approval-" + i;
			approvals.add(approvers.submit(() -> {
				start.await();
				Writes.Result result = world.writes()
					.write(approval, "POST", "/api/matches/" + matchId + "/reviews",
							Payloads.approval(approval).toString(), reviewer, stats, Load.WRITE_DEADLINE);
				if (result.acknowledged()) {
					approved.incrementAndGet();
					world.ledger().acknowledged(Ledger.Kind.REVIEW, approval, matchId.toString(), NAME);
				}
				else {
					refused.incrementAndGet();
					if (result.outcome() == Writes.Outcome.UNSETTLED) {
						world.ledger().unsettled(Ledger.Kind.REVIEW, approval, matchId.toString(), NAME);
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> approvalDone : approvals) {
			approvalDone.get();
		}
	}

	/** How the races ended: commitments accepted and approvals the budget refused. */
	private void summarize(DrillContext context, List<UUID> allocations, List<String> problems) throws Exception {
		if (allocations.isEmpty()) {
			return;
		}
		long committed = 0;
		long rejected = 0;
		long idle = 0;
		for (UUID allocation : allocations) {
			long accepted = context.databases()
				.count(Databases.FUND, "SELECT count(*) FROM commitment WHERE allocation_id = ?", allocation);
			committed += accepted;
			rejected += context.databases()
				.count(Databases.MATCHING,
						"SELECT count(*) FROM match WHERE allocation_id = ? AND status = " + "'BUDGET_REJECTED'",
						allocation);
			idle += (accepted == 0) ? 1 : 0;
		}
		Log.line(NAME + ": " + allocations.size() + " races: " + committed + " approvals committed, " + rejected
				+ " refused by the budget");
		if (idle > 0) {
			problems.add(idle + " races committed nothing at all: the approvals did not reach the ledger");
		}
		if (rejected == 0) {
			problems.add("no approval was ever refused by the budget: the races did not contend");
		}
	}

}
