package kr.fundflow.fund.allocation.application;

import java.time.Instant;

import reactor.core.publisher.Mono;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.AmountChange;

/**
 * What the allocation capability announces. The messaging adapter writes it to the outbox
 * within the caller's transaction, so a change and its event commit together.
 */
public interface AllocationEvents {

	Mono<Void> allocated(Allocation allocation, long reviewThreshold);

	Mono<Void> adjusted(Allocation allocation, AmountChange change, String reason, Instant at);

	Mono<Void> closed(Allocation allocation, String reason, Instant at);

}
