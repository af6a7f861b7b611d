package kr.fundflow.fund.allocation.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.AllocationPlan;
import kr.fundflow.platform.errors.NotFound;

/**
 * Opens a budget line of a fund. The fund's cap is claimed with a conditional update in
 * the same transaction as the insert and the FundAllocated event: two operators racing
 * for the last of a cap cannot both win, and a refusal leaves nothing behind.
 */
@Service
public class CreateAllocation {

	private final AllocationStore allocations;

	private final AllocationEvents events;

	private final KnownCodesSource codes;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public CreateAllocation(AllocationStore allocations, AllocationEvents events, KnownCodesSource codes,
			TransactionalOperator transactions, Clock clock) {
		this.allocations = allocations;
		this.events = events;
		this.codes = codes;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<Allocation> create(UUID fundId, NewAllocation request, String createdBy) {
		return this.codes.current().map(known -> {
			known.requireKnown(request.regions(), request.industries(), request.instrument());
			return request.toPlan();
		}).flatMap(plan -> open(fundId, plan, createdBy));
	}

	private Mono<Allocation> open(UUID fundId, AllocationPlan plan, String createdBy) {
		Allocation allocation = Allocation.open(UUID.randomUUID(), fundId, plan, this.clock.instant(), createdBy);
		return this.allocations.claimFundCapacity(fundId, plan.amount())
			.switchIfEmpty(Mono.defer(() -> refusal(fundId, plan.amount())))
			.flatMap(reviewThreshold -> this.allocations.insert(allocation)
				.then(this.events.allocated(allocation, reviewThreshold)))
			.thenReturn(allocation)
			.as(this.transactions::transactional);
	}

	private Mono<Long> refusal(UUID fundId, long amount) {
		return this.allocations.fundCapacity(fundId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Fund", fundId)))
			.flatMap(capacity -> Mono.error(capacity.capExceeded(amount)));
	}

}
