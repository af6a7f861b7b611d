package kr.fundflow.drills.check;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.fundflow.drills.load.Ledger;
import kr.fundflow.drills.stack.KafkaProbe;
import kr.fundflow.drills.stack.LocalStackRun;

/**
 * The invariants of issue 6, checked once the system has settled (every service UP,
 * outbox backlog 0 and consumer lag 0, twice in a row): every acknowledged write present
 * exactly once, in its service and downstream; no duplicate live match per (allocation,
 * company); each allocation's committed equal to the sum of its commitments and to the
 * sum of its COMMITTED/DISBURSED matches' amounts; committed ≤ amount, disbursed ≤
 * committed.
 */
public final class Invariants {

	private static final String LIVE = "status NOT IN ('WITHDRAWN', 'BUDGET_REJECTED')";

	private final Databases databases;

	private final KafkaProbe kafka;

	private final LocalStackRun stack;

	private final Ledger ledger;

	public Invariants(Databases databases, KafkaProbe kafka, LocalStackRun stack, Ledger ledger) {
		this.databases = databases;
		this.kafka = kafka;
		this.stack = stack;
		this.ledger = ledger;
	}

	/** Waits until the system has settled (or the deadline passed), then checks. */
	public Findings settleAndCheck(Duration deadline) throws InterruptedException {
		long giveUpAt = System.nanoTime() + deadline.toNanos();
		int quietRounds = 0;
		String waitingFor = "";
		while (true) {
			waitingFor = waitingFor();
			quietRounds = (waitingFor == null) ? quietRounds + 1 : 0;
			boolean late = System.nanoTime() > giveUpAt;
			if (quietRounds >= 2 || late) {
				Findings findings = check((waitingFor == null) ? "settled" : waitingFor);
				if (findings.problems().isEmpty() || late) {
					if (late && waitingFor != null) {
						List<String> problems = new ArrayList<>(findings.problems());
						problems.add("the system did not settle within " + deadline.toSeconds() + " s: " + waitingFor);
						return new Findings(findings.lost(), findings.duplicated(), findings.overspent(), problems,
								waitingFor);
					}
					return findings;
				}
				// totals still moving between services: look again
				quietRounds = 0;
			}
			Thread.sleep(1000);
		}
	}

	/** What the system is still busy with; null when settled. */
	private String waitingFor() {
		for (String child : List.of("fund-service", "company-service", "matching-service", "gateway")) {
			if (!this.stack.isUp(child)) {
				return child + " not UP";
			}
		}
		try {
			Map<String, Long> backlog = this.databases.outboxBacklog();
			if (backlog.values().stream().anyMatch(pending -> pending > 0)) {
				return "outbox backlog " + backlog;
			}
			Map<String, Long> lag = this.kafka.lag();
			if (lag.values().stream().anyMatch(behind -> behind > 0)) {
				return "consumer lag " + lag;
			}
			return null;
		}
		catch (Exception ex) {
			return "cannot read backlog or lag (" + ex.getMessage() + ")";
		}
	}

	private Findings check(String settled) {
		try {
			return checkNow(settled);
		}
		catch (SQLException ex) {
			return new Findings(0, 0, 0, List.of("the checks could not read the databases: " + ex.getMessage()),
					settled);
		}
	}

	private Findings checkNow(String settled) throws SQLException {
		List<String> problems = new ArrayList<>();
		long lost = 0;
		long duplicated = 0;
		Set<String> companies = column(Databases.COMPANY, "SELECT brn FROM company");
		Set<String> indexedCompanies = column(Databases.MATCHING, "SELECT brn FROM company");
		Set<String> funds = column(Databases.FUND, "SELECT id::text FROM fund");
		Set<String> allocations = column(Databases.FUND, "SELECT id::text FROM allocation");
		Set<String> indexedAllocations = column(Databases.MATCHING, "SELECT id::text FROM allocation");
		Map<String, Long> reviews = countsBy(Databases.MATCHING,
				"SELECT reason, count(*) FROM match_review WHERE reason LIKE 'drill %' GROUP BY reason");
		Map<String, Long> disbursements = countsBy(Databases.FUND,
				"SELECT note, count(*) FROM disbursement WHERE note LIKE 'drill %' GROUP BY note");
		Map<String, Long> allocationTitles = countsBy(Databases.FUND,
				"SELECT title, count(*) FROM allocation WHERE title LIKE 'drill %' GROUP BY title");
		Map<String, Long> fundNames = countsBy(Databases.FUND,
				"SELECT name, count(*) FROM fund WHERE name LIKE 'drill %' GROUP BY name");
		for (Ledger.Entry entry : this.ledger.all()) {
			String marker = "drill " + entry.operation();
			long present = switch (entry.kind()) {
				case COMPANY -> (companies.contains(entry.id()) ? 1 : 0);
				case FUND -> fundNames.getOrDefault("drill fund " + entry.operation(), 0L);
				case ALLOCATION -> allocationTitles.getOrDefault(marker, 0L);
				case REVIEW -> reviews.getOrDefault(marker, 0L);
				case DISBURSEMENT -> disbursements.getOrDefault(marker, 0L);
			};
			boolean downstreamMissing = switch (entry.kind()) {
				case COMPANY -> present > 0 && !indexedCompanies.contains(entry.id());
				case ALLOCATION -> present > 0 && entry.id() != null && !indexedAllocations.contains(entry.id());
				case FUND -> present > 0 && entry.id() != null && !funds.contains(entry.id());
				default -> false;
			};
			if (entry.acknowledged() && (present == 0 || downstreamMissing)) {
				lost++;
				note(problems, "lost: " + entry.kind() + " " + entry.operation() + " " + entry.id()
						+ (downstreamMissing ? " (missing downstream)" : ""));
			}
			if (present > 1) {
				duplicated++;
				note(problems,
						"duplicated: " + entry.kind() + " " + entry.operation() + " present " + present + " times");
			}
		}
		duplicated += twice(problems, Databases.COMPANY, "company.company.registered");
		duplicated += twice(problems, Databases.FUND, "fund.allocation.allocated");
		long duplicateMatches = this.databases.count(Databases.MATCHING,
				"SELECT count(*) FROM (SELECT allocation_id, brn " + "FROM match WHERE " + LIVE
						+ " GROUP BY allocation_id, brn HAVING count(*) > 1) pairs");
		if (duplicateMatches > 0) {
			duplicated += duplicateMatches;
			note(problems,
					"duplicated: " + duplicateMatches + " (allocation, company) pairs with more than one live match");
		}
		long overspent = budgets(problems);
		return new Findings(lost, duplicated, overspent, problems, settled);
	}

	/**
	 * Events announced twice for one change (the same aggregate, the same type, once-only
	 * types).
	 */
	private long twice(List<String> problems, String service, String type) throws SQLException {
		long twice = this.databases.count(service, "SELECT count(*) FROM (SELECT event_key FROM outbox_event "
				+ "WHERE event_type = ? GROUP BY event_key HAVING count(*) > 1) keys", type);
		if (twice > 0) {
			note(problems, "duplicated: " + twice + " aggregates with " + type + " announced more than once");
		}
		return twice;
	}

	/** Budget invariants per allocation; returns how many allocations are overspent. */
	private long budgets(List<String> problems) throws SQLException {
		Map<String, Long> commitments = sums(Databases.FUND,
				"SELECT allocation_id::text, sum(amount) FROM commitment GROUP BY allocation_id");
		Map<String, Long> committedMatches = sums(Databases.MATCHING, "SELECT allocation_id::text, "
				+ "sum(committed_amount) FROM match WHERE status IN ('COMMITTED', 'DISBURSED') GROUP BY allocation_id");
		long overspent = 0;
		Set<String> seen = new HashSet<>();
		for (Map<String, Object> row : this.databases.query(Databases.FUND,
				"SELECT id::text AS id, amount, committed, disbursed FROM allocation")) {
			String id = (String) row.get("id");
			seen.add(id);
			long amount = ((Number) row.get("amount")).longValue();
			long committed = ((Number) row.get("committed")).longValue();
			long disbursed = ((Number) row.get("disbursed")).longValue();
			long ledgerTotal = commitments.getOrDefault(id, 0L);
			long matchTotal = committedMatches.getOrDefault(id, 0L);
			if (committed > amount || disbursed > committed || ledgerTotal > amount || matchTotal > amount) {
				overspent++;
				note(problems,
						"overspent: allocation " + id + " amount " + amount + " committed " + committed + " disbursed "
								+ disbursed + " commitments " + ledgerTotal + " committed matches " + matchTotal);
			}
			if (ledgerTotal != committed) {
				note(problems, "allocation " + id + ": committed " + committed + " but its commitments add up to "
						+ ledgerTotal);
			}
			if (matchTotal != committed) {
				note(problems, "allocation " + id + ": committed " + committed
						+ " but its COMMITTED/DISBURSED matches add up to " + matchTotal);
			}
		}
		for (String id : committedMatches.keySet()) {
			if (!seen.contains(id)) {
				note(problems,
						"matches of allocation " + id + " are committed but fund-service has no such allocation");
			}
		}
		return overspent;
	}

	private Set<String> column(String service, String sql) throws SQLException {
		Set<String> values = new HashSet<>();
		for (Map<String, Object> row : this.databases.query(service, sql)) {
			values.add(String.valueOf(row.values().iterator().next()));
		}
		return values;
	}

	private Map<String, Long> countsBy(String service, String sql) throws SQLException {
		return sums(service, sql);
	}

	private Map<String, Long> sums(String service, String sql) throws SQLException {
		Map<String, Long> sums = new HashMap<>();
		for (Map<String, Object> row : this.databases.query(service, sql)) {
			List<Object> values = new ArrayList<>(row.values());
			Object total = values.get(1);
			sums.put(String.valueOf(values.get(0)),
					(total instanceof BigDecimal big) ? big.longValueExact() : ((Number) total).longValue());
		}
		return sums;
	}

	/** Keeps the list readable: the first 20 findings in full, then a count. */
	private static void note(List<String> problems, String problem) {
		if (problems.size() < 20) {
			problems.add(problem);
		}
		else if (problems.size() == 20) {
			problems.add("… and more");
		}
	}

}
