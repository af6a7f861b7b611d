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

	FUND_CREATED("fund.fund.created", Topics.FUNDS, FundCreated.class),

	FUND_ALLOCATED("fund.allocation.allocated", Topics.ALLOCATIONS, FundAllocated.class),

	ALLOCATION_ADJUSTED("fund.allocation.adjusted", Topics.ALLOCATIONS, AllocationAdjusted.class),

	ALLOCATION_CLOSED("fund.allocation.closed", Topics.ALLOCATIONS, AllocationClosed.class),

	COMMITMENT_ACCEPTED("fund.commitment.accepted", Topics.ALLOCATIONS, CommitmentAccepted.class),

	COMMITMENT_REJECTED("fund.commitment.rejected", Topics.ALLOCATIONS, CommitmentRejected.class),

	FUNDS_DISBURSED("fund.disbursement.recorded", Topics.ALLOCATIONS, FundsDisbursed.class),

	COMPANY_REGISTERED("company.company.registered", Topics.COMPANIES, CompanyRegistered.class),

	COMPANY_UPDATED("company.company.updated", Topics.COMPANIES, CompanyUpdated.class),

	MATCH_PROPOSED("matching.match.proposed", Topics.MATCHES, MatchProposed.class),

	MATCH_REVIEWED("matching.match.reviewed", Topics.MATCHES, MatchReviewed.class),

	MATCH_WITHDRAWN("matching.match.withdrawn", Topics.MATCHES, MatchWithdrawn.class);

	private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::logicalName, Function.identity()));

	private static final Map<Class<?>, EventType> BY_BODY = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(EventType::bodyType, Function.identity()));

	private final String logicalName;

	private final String topic;

	private final Class<? extends IntegrationEvent> bodyType;

	EventType(String logicalName, String topic, Class<? extends IntegrationEvent> bodyType) {
		this.logicalName = logicalName;
		this.topic = topic;
		this.bodyType = bodyType;
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
