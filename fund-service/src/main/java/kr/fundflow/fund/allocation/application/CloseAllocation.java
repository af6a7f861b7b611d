package kr.fundflow.fund.allocation.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.platform.errors.NotFound;

/**
 * Closes an allocation to new commitments and announces AllocationClosed. What was
 * committed stays committed and can still be disbursed; the amount stays claimed from the
 * fund until an adjustment gives it back.
 */
@Service
public class CloseAllocation {

	private final AllocationStore allocations;

	private final AllocationEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public CloseAllocation(AllocationStore allocations, AllocationEvents events, TransactionalOperator transactions,
			Clock clock) {
		this.allocations = allocations;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<Allocation> close(UUID allocationId, String reason) {
		return Mono.fromCallable(() -> Allocation.requireReason(reason))
			.then(this.allocations.findByIdForUpdate(allocationId))
			.switchIfEmpty(Mono.error(() -> new NotFound("Allocation", allocationId)))
			.flatMap(allocation -> {
				Allocation closed = allocation.close();
				return this.allocations.markClosed(allocationId)
					.then(this.events.closed(closed, reason, this.clock.instant()))
					.thenReturn(closed);
			})
			.as(this.transactions::transactional);
	}

}
