package kr.fundflow.fund.flow.application;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.fund.flow.domain.MatchChange;
import kr.fundflow.fund.flow.domain.MatchFlow;
import kr.fundflow.fund.flow.domain.StageDelta;

/**
 * The write side of the flow read model (the persistence adapter implements it). Every
 * call joins the caller's transaction: the consumer's, with its inbox row.
 */
public interface FlowProjection {

	/** Empty for an allocation this service does not have. */
	Mono<AllocationProfile> allocation(UUID allocationId);

	/** Empty when either code is not in the reference tables. */
	Mono<PlaceNames> names(String region, String industry);

	/**
	 * The match as counted so far, its row locked until the transaction ends (created
	 * when new), so that the two consumers change one match one at a time.
	 */
	Mono<MatchFlow> lockMatch(UUID matchId, AllocationProfile allocation);

	Mono<Void> saveMatch(UUID matchId, MatchFlow flow, FlowEvent event);

	/** Appends one entry per delta, stamped with the event's time. */
	Mono<Void> append(FlowEvent event, AllocationProfile allocation, UUID matchId, List<StageDelta> deltas);

	Mono<Void> park(UUID matchId, FlowEvent event, MatchChange change);

	/** The match's parked changes in arrival order. */
	Flux<ParkedChange> parked(UUID matchId);

	Mono<Void> unpark(List<UUID> eventIds);

	/** Budget changes waiting for their match, of all matches. */
	Mono<Long> parkedCount();

}
