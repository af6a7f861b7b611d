package kr.fundflow.fund.allocation.application;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.FundCapacity;

/**
 * Where allocations are kept, and the fund-cap side of them (the persistence adapter
 * implements it).
 */
public interface AllocationStore {

	/** The fund's cap and how much of it is allocated; empty for an unknown fund. */
	Mono<FundCapacity> fundCapacity(UUID fundId);

	/**
	 * Adds {@code amount} to the fund's allocated total only if it stays within the cap,
	 * atomically (a conditional update). Emits the fund's review threshold when claimed,
	 * nothing when the cap would be exceeded or the fund is unknown.
	 */
	Mono<Long> claimFundCapacity(UUID fundId, long amount);

	/** Gives {@code amount} of the fund's cap back. */
	Mono<Void> releaseFundCapacity(UUID fundId, long amount);

	Mono<Allocation> insert(Allocation allocation);

	Mono<Allocation> findById(UUID id);

	/**
	 * Reads and locks the allocation until the transaction ends, so that an adjustment or
	 * closing decides on figures no commitment can change meanwhile.
	 */
	Mono<Allocation> findByIdForUpdate(UUID id);

	Mono<Void> updateAmount(UUID id, long amount);

	Mono<Void> markClosed(UUID id);

	/** A page, oldest first with the id as tie-breaker (a stable order). */
	Flux<Allocation> findPage(AllocationFilter filter, long offset, int limit);

	/** Every match of the filter in the same order as the pages, streamed. */
	Flux<Allocation> findAll(AllocationFilter filter);

	Mono<Long> count(AllocationFilter filter);

}
