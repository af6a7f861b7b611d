package kr.fundflow.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.contracts.fund.AllocationAdjusted;
import kr.fundflow.contracts.fund.AllocationClosed;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.fund.FundCreated;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.contracts.matching.MatchProposed;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.contracts.matching.MatchWithdrawn;

/**
 * The catalogue of events: logical type name (the {@code ce_type} header, never a class
 * name), topic, body record and schema version. A logical name never changes meaning; a
 * new version gets a new entry.
 */
public enum EventType {

	FUND_CREATED("fund.fund.created", Topics.FUNDS, FundCreated.class,
			"A fund was created with its cap, period, earmarks and four-eyes threshold."),

	FUND_ALLOCATED("fund.allocation.allocated", Topics.ALLOCATIONS, FundAllocated.class,
			"A budget line (allocation) of a fund was opened; carries its eligibility rules and terms."),

	ALLOCATION_ADJUSTED("fund.allocation.adjusted", Topics.ALLOCATIONS, AllocationAdjusted.class,
			"An allocation's amount changed (never below what is committed)."),

	ALLOCATION_CLOSED("fund.allocation.closed", Topics.ALLOCATIONS, AllocationClosed.class,
			"An allocation takes no new commitments."),

	COMMITMENT_ACCEPTED("fund.commitment.accepted", Topics.ALLOCATIONS, CommitmentAccepted.class,
			"Budget was reserved for an approved match (the match becomes COMMITTED)."),

	COMMITMENT_REJECTED("fund.commitment.rejected", Topics.ALLOCATIONS, CommitmentRejected.class,
			"An approved match could not be covered by the remaining budget (BUDGET_REJECTED)."),

	FUNDS_DISBURSED("fund.disbursement.recorded", Topics.ALLOCATIONS, FundsDisbursed.class,
			"Money was paid out on a committed match."),

	COMPANY_REGISTERED("company.company.registered", Topics.COMPANIES, CompanyRegistered.class,
			"A company joined the registry; carries its whole state."),

	COMPANY_UPDATED("company.company.updated", Topics.COMPANIES, CompanyUpdated.class,
			"A company's record changed; carries its whole new state and a higher revision."),

	MATCH_PROPOSED("matching.match.proposed", Topics.MATCHES, MatchProposed.class,
			"A match was proposed, or restated with a new amount or score under the same matchId: consumers treat it as an upsert keyed by matchId."),

	MATCH_REVIEWED("matching.match.reviewed", Topics.MATCHES, MatchReviewed.class,
			"A working-group member reviewed a match; status APPROVED asks the fund side to reserve budget."),

	MATCH_WITHDRAWN("matching.match.withdrawn", Topics.MATCHES, MatchWithdrawn.class,
			"A proposal is no longer valid and leaves the review queue.");

	private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::logicalName, Function.identity()));

	private static final Map<Class<?>, EventType> BY_BODY = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::bodyType, Function.identity()));

	private final String logicalName;

	private final String topic;

	private final Class<? extends IntegrationEvent> bodyType;

	private final String description;

	EventType(String logicalName, String topic, Class<? extends IntegrationEvent> bodyType, String description) {
		this.logicalName = logicalName;
		this.topic = topic;
		this.bodyType = bodyType;
		this.description = description;
	}

	public String logicalName() {
		return this.logicalName;
	}

	public String topic() {
		return this.topic;
	}

	public Class<? extends IntegrationEvent> bodyType() {
		return this.bodyType;
	}

	/** What the event means, for the AsyncAPI document and the event catalogue. */
	public String description() {
		return this.description;
	}

	/**
	 * Every event is at version 1 today; the version moves only with a breaking change.
	 */
	public int schemaVersion() {
		return 1;
	}

	/**
	 * Unknown names are not an error: a consumer skips event types it does not know yet.
	 */
	public static Optional<EventType> fromLogicalName(String logicalName) {
		return Optional.ofNullable(BY_NAME.get(logicalName));
	}

	public static EventType of(IntegrationEvent event) {
		EventType type = BY_BODY.get(event.getClass());
		if (type == null) {
			throw new IllegalArgumentException("Not a catalogued event: " + event.getClass().getName());
		}
		return type;
	}

}
