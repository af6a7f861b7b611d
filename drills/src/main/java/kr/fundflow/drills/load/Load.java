package kr.fundflow.drills.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.Answer;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.api.Writes;

/**
 * Background load through the gateway, the way the system is used: companies register,
 * operators open allocations, working groups approve proposed matches (which reserves
 * budget in fund-service), operators record disbursements on committed matches. Every
 * write is idempotent and retried; its outcome goes to the {@link Ledger}.
 */
public final class Load {

	/** A write is retried this long: long enough for a whole stack restart. */
	public static final Duration WRITE_DEADLINE = Duration.ofSeconds(240);

	private final World world;

	private final String drill;

	private final int threads;

	private final long seed;

	private final Stats stats;

	private final AtomicBoolean running = new AtomicBoolean();

	private final List<Thread> workers = new ArrayList<>();

	private final AtomicLong operations = new AtomicLong();

	private final Set<UUID> disbursedMatches = ConcurrentHashMap.newKeySet();

	public Load(World world, String drill, int threads, long seed, Stats stats) {
		this.world = world;
		this.drill = drill;
		this.threads = threads;
		this.seed = seed;
		this.stats = stats;
	}

	public Load start() {
		this.running.set(true);
		for (int i = 0; i < this.threads; i++) {
			int worker = i;
			Thread thread = new Thread(() -> work(worker), "load-" + this.drill + "-" + i);
			thread.setDaemon(true);
			thread.start();
			this.workers.add(thread);
		}
		return this;
	}

	/** Stops starting new operations and waits for those in flight to settle. */
	public void stop() throws InterruptedException {
		this.running.set(false);
		for (Thread worker : this.workers) {
			worker.join(WRITE_DEADLINE.plusSeconds(30).toMillis());
		}
		Log.line(this.drill + ": load stopped after " + this.operations.get() + " operations (" + this.stats.describe()
				+ ")");
	}

	private void work(int worker) {
		SplittableRandom random = new SplittableRandom(this.seed * 31 + worker);
		long n = 0;
		while (this.running.get()) {
			String operation = this.world.runId() + "-" + this.drill + "-" + worker + "-" + (n++);
			try {
				int dice = random.nextInt(100);
				boolean done;
				if (dice < 45) {
					done = registerCompany(operation, random);
				}
				else if (dice < 55) {
					done = openAllocation(operation, random);
				}
				else if (dice < 85) {
					done = approveAMatch(operation, random);
				}
				else {
					done = disburseOnAMatch(operation, random);
				}
				if (!done) {
					registerCompany(operation, random);
				}
				this.operations.incrementAndGet();
				Thread.sleep(30);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private boolean registerCompany(String operation, SplittableRandom random) throws InterruptedException {
		String brn = this.world.nextBrn();
		String region = pick(World.LOAD_REGIONS, random);
		String industry = pick(World.LOAD_INDUSTRIES, random);
		long demand = (100 + random.nextInt(2900)) * 1_000_000L;
		Writes.Result result = this.world.writes()
			.write(operation, "POST", "/api/companies",
					Payloads.company(operation, brn, region, industry, demand).toString(), this.world.operator(),
					this.stats, WRITE_DEADLINE);
		record(Ledger.Kind.COMPANY, operation, brn, result);
		return true;
	}

	private boolean openAllocation(String operation, SplittableRandom random) throws InterruptedException {
		String region = pick(World.LOAD_REGIONS, random);
		String first = pick(World.LOAD_INDUSTRIES, random);
		String second = pick(World.LOAD_INDUSTRIES, random);
		List<String> industries = first.equals(second) ? List.of(first) : List.of(first, second);
		long amount = (5 + random.nextInt(16)) * 1_000_000_000L;
		Writes.Result result = this.world.writes()
			.write(operation, "POST", "/api/funds/" + this.world.fundId() + "/allocations",
					Payloads.allocation(operation, List.of(region), industries, amount).toString(),
					this.world.operator(), this.stats, WRITE_DEADLINE);
		record(Ledger.Kind.ALLOCATION, operation,
				result.acknowledged() ? result.answer().json().path("id").asString() : null, result);
		return true;
	}

	private boolean approveAMatch(String operation, SplittableRandom random) throws InterruptedException {
		String region = pick(World.LOAD_REGIONS, random);
		String reviewer = this.world.workingGroup(region, 1);
		Answer page = this.world.gateway().get("/api/matches?status=PROPOSED&region=" + region + "&size=20", reviewer);
		this.stats.record("GET /api/matches", page);
		JsonNode content = page.json().path("content");
		if (!page.ok() || content.isEmpty()) {
			return false;
		}
		String matchId = content.get(random.nextInt(content.size())).path("id").asString();
		Writes.Result result = this.world.writes()
			.write(operation, "POST", "/api/matches/" + matchId + "/reviews", Payloads.approval(operation).toString(),
					reviewer, this.stats, WRITE_DEADLINE);
		record(Ledger.Kind.REVIEW, operation, matchId, result);
		return true;
	}

	private boolean disburseOnAMatch(String operation, SplittableRandom random) throws InterruptedException {
		Answer page = this.world.gateway().get("/api/matches?status=COMMITTED&size=50", this.world.ministry());
		this.stats.record("GET /api/matches", page);
		JsonNode content = page.json().path("content");
		if (!page.ok() || content.isEmpty()) {
			return false;
		}
		JsonNode match = content.get(random.nextInt(content.size()));
		UUID matchId = UUID.fromString(match.path("id").asString());
		long committed = match.path("committedAmount").asLong(0);
		if (committed <= 0 || !this.disbursedMatches.add(matchId)) {
			return false;
		}
		long amount = random.nextBoolean() ? committed : Math.max(1, committed / 2);
		Writes.Result result = this.world.writes()
			.write(operation, "POST", "/api/allocations/" + match.path("allocationId").asString() + "/disbursements",
					Payloads.disbursement(operation, matchId, amount).toString(), this.world.operator(), this.stats,
					WRITE_DEADLINE);
		record(Ledger.Kind.DISBURSEMENT, operation, matchId.toString(), result);
		return true;
	}

	private void record(Ledger.Kind kind, String operation, String id, Writes.Result result) {
		switch (result.outcome()) {
			case ACKNOWLEDGED -> this.world.ledger().acknowledged(kind, operation, id, this.drill);
			case UNSETTLED -> this.world.ledger().unsettled(kind, operation, id, this.drill);
			case REFUSED -> {
				// a business refusal (no budget, already reviewed, withdrawn): nothing
				// promised
			}
		}
	}

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

}
