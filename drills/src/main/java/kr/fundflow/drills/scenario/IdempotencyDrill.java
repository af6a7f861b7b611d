package kr.fundflow.drills.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.node.ObjectNode;

import kr.fundflow.drills.Drill;
import kr.fundflow.drills.DrillContext;
import kr.fundflow.drills.DrillResult;
import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Answer;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.check.Databases;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.load.World;

/**
 * {@code Idempotency-Key} end to end, through the gateway, on every POST endpoint of the
 * services (fund, allocation, company, review, disbursement): five identical requests
 * with one key at the same moment have one effect and get the same answer (status,
 * Location, body); the key with another body is 422 problem details and changes nothing.
 */
public final class IdempotencyDrill implements Drill {

	public static final String NAME = "idempotency";

	private static final int COPIES = 5;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public DrillResult run(DrillContext context) throws Exception {
		World world = context.world();
		Stats stats = new Stats();
		List<String> problems = new ArrayList<>();
		String run = world.runId() + "-idem";
		String operator = world.operator();
		String reviewer = world.workingGroup(World.IDEMPOTENCY_REGION, 1);
		long acknowledged = 0;
		long duplicated = 0;
		long lost = 0;

		// a fund
		Case fund = attempt(context, stats, problems, run + "-fund", "POST", "/api/funds", Payloads.fund(run + "-fund"),
				Payloads.fund(run + "-fund-other"), operator, Databases.FUND,
				"SELECT count(*) FROM fund WHERE name = 'drill fund " + run + "-fund'");
		// an allocation of the drills' fund
		String allocationOp = run + "-allocation";
		Case allocation = attempt(context, stats, problems, allocationOp, "POST",
				"/api/funds/" + world.fundId() + "/allocations",
				Payloads.allocation(allocationOp, List.of(World.IDEMPOTENCY_REGION),
						List.of(World.IDEMPOTENCY_INDUSTRY), 10_000_000_000L),
				Payloads.allocation(allocationOp, List.of(World.IDEMPOTENCY_REGION),
						List.of(World.IDEMPOTENCY_INDUSTRY), 11_000_000_000L),
				operator, Databases.FUND, "SELECT count(*) FROM allocation WHERE title = 'drill " + allocationOp + "'");
		// a company that the allocation proposes
		String companyOp = run + "-company";
		String brn = world.nextBrn();
		Case company = attempt(context, stats, problems, companyOp, "POST", "/api/companies",
				Payloads.company(companyOp, brn, World.IDEMPOTENCY_REGION, World.IDEMPOTENCY_INDUSTRY, 500_000_000L),
				Payloads.company(companyOp + "-other", brn, World.IDEMPOTENCY_REGION, World.IDEMPOTENCY_INDUSTRY,
						500_000_000L),
				operator, Databases.COMPANY, "SELECT count(*) FROM outbox_event WHERE event_type = "
						+ "'company.company.registered' AND event_key = '" + brn + "'");
		List<Case> cases = new ArrayList<>(List.of(fund, allocation, company));
		UUID allocationId = allocation.id();
		if (allocationId != null) {
			UUID matchId = awaitMatch(context, allocationId, brn, "PROPOSED");
			if (matchId == null) {
				problems.add("no PROPOSED match for the idempotency drill's company within 90 s");
			}
			else {
				String reviewOp = run + "-review";
				cases.add(attempt(context, stats, problems, reviewOp, "POST", "/api/matches/" + matchId + "/reviews",
						Payloads.approval(reviewOp), Payloads.approval(reviewOp + "-other"), reviewer,
						Databases.MATCHING,
						"SELECT count(*) FROM match_review WHERE reason = 'drill " + reviewOp + "'"));
				if (awaitMatch(context, allocationId, brn, "COMMITTED") == null) {
					problems.add("the approved match was not COMMITTED within 90 s");
				}
				else {
					String disburseOp = run + "-disbursement";
					cases.add(attempt(context, stats, problems, disburseOp, "POST",
							"/api/allocations/" + allocationId + "/disbursements",
							Payloads.disbursement(disburseOp, matchId, 100_000_000L),
							Payloads.disbursement(disburseOp, matchId, 90_000_000L), operator, Databases.FUND,
							"SELECT count(*) FROM disbursement WHERE note = 'drill " + disburseOp + "'"));
				}
			}
		}
		for (Case result : cases) {
			acknowledged += result.acknowledged();
			lost += (result.effects() == 0) ? 1 : 0;
			duplicated += (result.effects() > 1) ? 1 : 0;
			Log.line(NAME + ": " + result.describe());
		}
		Findings findings = context.invariants().settleAndCheck(context.scale().convergence());
		DrillResult settled = context.result(NAME, acknowledged, findings, stats.unexpected5xx(), problems);
		return new DrillResult(NAME, acknowledged, settled.lost() + lost, settled.duplicated() + duplicated,
				settled.overspent(), settled.fiveXx(), settled.problems());
	}

	/**
	 * @param effects how many rows (or events) the five requests produced: must be 1
	 * @param acknowledged 2xx answers among the five
	 */
	private record Case(String endpoint, long acknowledged, long effects, UUID id, String answers) {

		String describe() {
			return this.endpoint + " ×" + COPIES + " with one key: " + this.answers + ", effects " + this.effects;
		}

	}

	private Case attempt(DrillContext context, Stats stats, List<String> problems, String operation, String method,
			String path, ObjectNode body, ObjectNode otherBody, String token, String service, String countSql)
			throws Exception {
		String key = context.world().writes().keyOf(operation);
		Map<String, String> headers = Map.of("Idempotency-Key", key);
		List<Answer> answers = concurrently(COPIES,
				() -> context.world().gateway().send(method, path, body.toString(), token, headers));
		answers.forEach(answer -> stats.record(method + " " + path, answer));
		Answer first = answers.get(0);
		long acknowledged = answers.stream().filter(Answer::ok).count();
		String endpoint = method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
		for (Answer answer : answers) {
			if (!answer.ok()) {
				problems.add(endpoint + ": a copy got " + answer.describe());
			}
			else if (answer.status() != first.status() || !answer.header("Location").equals(first.header("Location"))
					|| !Objects.equals(answer.body(), first.body())) {
				problems.add(endpoint + ": the copies got different answers");
			}
		}
		long replayed = answers.stream().filter(answer -> answer.header("Idempotent-Replayed").equals("true")).count();
		if (acknowledged == COPIES && replayed != COPIES - 1) {
			problems.add(endpoint + ": " + replayed + " copies marked Idempotent-Replayed, expected " + (COPIES - 1)
					+ " (does the gateway pass the header through?)");
		}
		Answer reused = context.world().gateway().send(method, path, otherBody.toString(), token, headers);
		stats.record(method + " " + path, reused);
		if (reused.status() != 422 || !reused.isProblem()) {
			problems.add(endpoint + ": the key with another body got " + reused.describe() + ", expected 422");
		}
		long effects = context.databases().count(service, countSql);
		UUID id = null;
		if (first.ok()) {
			String text = first.json().path("id").asString("");
			id = text.isEmpty() ? null : UUID.fromString(text);
			Ledger.Kind kind = kindOf(path);
			String ledgerId = switch (kind) {
				case COMPANY -> first.json().path("brn").asString();
				case REVIEW -> path.split("/")[3];
				case DISBURSEMENT -> first.json().path("matchId").asString(path);
				default -> String.valueOf(id);
			};
			context.world().ledger().acknowledged(kind, operation, ledgerId, NAME);
		}
		return new Case(endpoint, acknowledged, effects, id,
				first.status() + " ×" + acknowledged + ", " + replayed + " replayed, other body " + reused.status());
	}

	private static Ledger.Kind kindOf(String path) {
		if (path.endsWith("/reviews")) {
			return Ledger.Kind.REVIEW;
		}
		if (path.endsWith("/disbursements")) {
			return Ledger.Kind.DISBURSEMENT;
		}
		if (path.endsWith("/allocations")) {
			return Ledger.Kind.ALLOCATION;
		}
		if (path.startsWith("/api/companies")) {
			return Ledger.Kind.COMPANY;
		}
		return Ledger.Kind.FUND;
	}

	private static UUID awaitMatch(DrillContext context, UUID allocationId, String brn, String status)
			throws InterruptedException {
		UUID[] found = new UUID[1];
		Waits.until(Duration.ofSeconds(90), Duration.ofMillis(300), () -> {
			var rows = context.databases()
				.query(Databases.MATCHING, "SELECT id FROM match WHERE allocation_id = ? AND brn = ? AND status = ?",
						allocationId, brn, status);
			if (rows.isEmpty()) {
				return false;
			}
			found[0] = (UUID) rows.get(0).get("id");
			return true;
		});
		return found[0];
	}

	static <T> List<T> concurrently(int count, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
