package kr.fundflow.matching.match.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.fund.AllocationAdjusted;
import kr.fundflow.contracts.fund.AllocationClosed;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.matching.match.application.IndexAllocation;
import kr.fundflow.matching.match.application.RecordBudgetOutcome;
import kr.fundflow.platform.inbox.EventHandler;
import kr.fundflow.platform.inbox.InboundEvent;

/**
 * {@code fundflow.fund.allocations}: allocations opened, adjusted and closed feed the
 * eligibility index; the budget ledger's answers move approved matches on.
 */
@Component
class AllocationEventHandler implements EventHandler {

	private final IndexAllocation indexAllocation;

	private final RecordBudgetOutcome budget;

	AllocationEventHandler(IndexAllocation indexAllocation, RecordBudgetOutcome budget) {
		this.indexAllocation = indexAllocation;
		this.budget = budget;
	}

	@Override
	public Mono<Void> handle(InboundEvent event) {
		return switch (event.type()) {
			case FUND_ALLOCATED -> {
				FundAllocated allocated = event.bodyAs(FundAllocated.class);
				yield this.indexAllocation.opened(ContractMapping.toAllocation(allocated), allocated.allocatedAt());
			}
			case ALLOCATION_ADJUSTED -> {
				AllocationAdjusted adjusted = event.bodyAs(AllocationAdjusted.class);
				yield this.indexAllocation.adjusted(adjusted.allocationId(), adjusted.amount(), adjusted.adjustedAt());
			}
			case ALLOCATION_CLOSED -> {
				AllocationClosed closed = event.bodyAs(AllocationClosed.class);
				yield this.indexAllocation.closed(closed.allocationId(), closed.closedAt());
			}
			case COMMITMENT_ACCEPTED -> {
				CommitmentAccepted accepted = event.bodyAs(CommitmentAccepted.class);
				yield this.budget.committed(accepted.allocationId(), accepted.matchId(), accepted.amount(),
						accepted.allocationCommitted(), accepted.acceptedAt());
			}
			case COMMITMENT_REJECTED -> {
				CommitmentRejected rejected = event.bodyAs(CommitmentRejected.class);
				yield this.budget.refused(rejected.allocationId(), rejected.matchId(), rejected.reason(),
						rejected.remaining(), rejected.rejectedAt());
			}
			case FUNDS_DISBURSED -> {
				FundsDisbursed disbursed = event.bodyAs(FundsDisbursed.class);
				yield this.budget.disbursed(disbursed.allocationId(), disbursed.matchId(), disbursed.matchDisbursed(),
						disbursed.disbursedAt());
			}
			default -> Mono.empty();
		};
	}

}
