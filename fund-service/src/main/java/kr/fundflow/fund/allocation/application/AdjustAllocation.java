package kr.fundflow.fund.allocation.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.AmountChange;
import kr.fundflow.platform.errors.NotFound;

/**
 * Changes an allocation's amount: never below what is committed, and up only within the
 * fund's cap. The allocation row is locked for the decision, so a commitment arriving
 * meanwhile waits and then sees the new amount.
 */
@Service
public class AdjustAllocation {

	private final AllocationStore allocations;

	private final AllocationEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public AdjustAllocation(AllocationStore allocations, AllocationEvents events, TransactionalOperator transactions,
			Clock clock) {
		this.allocations = allocations;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The allocation after the change; unchanged (and nothing announced) for the same
	 * amount.
	 */
	public Mono<Allocation> adjust(UUID allocationId, long newAmount, String reason) {
		return Mono.fromCallable(() -> Allocation.requireReason(reason))
			.then(this.allocations.findByIdForUpdate(allocationId))
			.switchIfEmpty(Mono.error(() -> new NotFound("Allocation", allocationId)))
			.flatMap(allocation -> apply(allocation, allocation.adjustTo(newAmount), reason))
			.as(this.transactions::transactional);
	}

	private Mono<Allocation> apply(Allocation allocation, AmountChange change, String reason) {
		if (change.isNone()) {
			return Mono.just(allocation);
		}
		Allocation adjusted = allocation.withAmount(change.amount());
		return fundSide(allocation, change).then(this.allocations.updateAmount(allocation.id(), change.amount()))
			.then(this.events.adjusted(adjusted, change, reason, this.clock.instant()))
			.thenReturn(adjusted);
	}

	private Mono<Void> fundSide(Allocation allocation, AmountChange change) {
		if (change.delta() < 0) {
			return this.allocations.releaseFundCapacity(allocation.fundId(), -change.delta());
		}
		return this.allocations.claimFundCapacity(allocation.fundId(), change.delta())
			.switchIfEmpty(Mono.defer(() -> this.allocations.fundCapacity(allocation.fundId())
				.flatMap(capacity -> Mono.error(capacity.capExceeded(change.delta())))))
			.then();
	}

}
