package kr.fundflow.drills.load;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import kr.fundflow.drills.Log;
import kr.fundflow.drills.api.BusinessNumbers;
import kr.fundflow.drills.api.Gateway;
import kr.fundflow.drills.api.Payloads;
import kr.fundflow.drills.api.Stats;
import kr.fundflow.drills.api.Writes;

/**
 * What every drill shares: the identities (dev tokens), the drills' fund, business
 * numbers, and which regions and industries each kind of load uses, so that drills do not
 * disturb each other's matches.
 */
public final class World {

	/** Regions and industries of the background load (non-capital: full score). */
	public static final List<String> LOAD_REGIONS = List.of("GYEONGBUK", "JEONNAM", "BUSAN", "GANGWON");

	public static final List<String> LOAD_INDUSTRIES = List.of("AI", "SEMICONDUCTOR", "BIO", "SECONDARY_BATTERY");

	/** The budget race (overspend) lives alone here. */
	public static final String RACE_REGION = "JEJU";

	public static final String RACE_INDUSTRY = "HYDROGEN";

	/** The idempotency drill's own pair. */
	public static final String IDEMPOTENCY_REGION = "ULSAN";

	public static final String IDEMPOTENCY_INDUSTRY = "SHIPBUILDING";

	private final Gateway gateway;

	private final Writes writes;

	private final Ledger ledger;

	private final BusinessNumbers numbers;

	private final String runId;

	private UUID fundId;

	public World(Gateway gateway, Writes writes, Ledger ledger, String runId, int runBase) {
		this.gateway = gateway;
		this.writes = writes;
		this.ledger = ledger;
		this.runId = runId;
		this.numbers = new BusinessNumbers(runBase);
	}

	/** Creates the drills' fund (once per run; an idempotent write). */
	public void prepare() throws InterruptedException {
		String operation = this.runId + "-fund";
		Writes.Result result = this.writes.write(operation, "POST", "/api/funds", Payloads.fund(operation).toString(),
				operator(), new Stats(), Duration.ofSeconds(120));
		if (!result.acknowledged()) {
			throw new IllegalStateException("cannot create the drills' fund: " + result.answer().describe());
		}
		this.fundId = UUID.fromString(result.answer().json().path("id").asString());
		this.ledger.acknowledged(Ledger.Kind.FUND, operation, this.fundId.toString(), "setup");
		Log.line("fund " + this.fundId + " ready; operator, ministry and working-group tokens issued");
	}

	public UUID fundId() {
		return this.fundId;
	}

	public String runId() {
		return this.runId;
	}

	public String nextBrn() {
		return this.numbers.next();
	}

	public Gateway gateway() {
		return this.gateway;
	}

	public Writes writes() {
		return this.writes;
	}

	public Ledger ledger() {
		return this.ledger;
	}

	public String operator() throws InterruptedException {
		return this.gateway.token("drill-operator", "OPERATOR", null);
	}

	public String ministry() throws InterruptedException {
		return this.gateway.token("drill-ministry", "MINISTRY", null);
	}

	/** A working-group member of a region; {@code seat} 1 or 2 for four eyes. */
	public String workingGroup(String region, int seat) throws InterruptedException {
		return this.gateway.token("drill-wg-" + region.toLowerCase() + "-" + seat, "WORKING_GROUP", region);
	}

}
