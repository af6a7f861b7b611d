package kr.fundflow.contracts;

/**
 * One topic per aggregate stream. Records are keyed by the aggregate id.
 */
public final class Topics {

	/** Fund aggregates, keyed by fund id. */
	public static final String FUNDS = "fundflow.fund.funds";

	/** Allocation aggregates and their budget ledger, keyed by allocation id. */
	public static final String ALLOCATIONS = "fundflow.fund.allocations";

	/** Company registry, keyed by business registration number. */
	public static final String COMPANIES = "fundflow.company.companies";

	/** Matches and their reviews, keyed by match id. */
	public static final String MATCHES = "fundflow.matching.matches";

	private Topics() {
	}

	/** The dead-letter topic where a consumer group parks what it could not process. */
	public static String deadLetter(String topic, String consumerGroup) {
		return topic + "." + consumerGroup + ".dlt";
	}

}
