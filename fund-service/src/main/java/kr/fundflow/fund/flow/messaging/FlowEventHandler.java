package kr.fundflow.fund.flow.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.fund.AllocationAdjusted;
import kr.fundflow.contracts.fund.AllocationClosed;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.contracts.matching.MatchProposed;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.contracts.matching.MatchWithdrawn;
import kr.fundflow.fund.flow.application.FlowEvent;
import kr.fundflow.fund.flow.application.ProjectFlows;
import kr.fundflow.fund.flow.domain.AllocationChange;
import kr.fundflow.fund.flow.domain.MatchChange;
import kr.fundflow.fund.flow.domain.MatchPlace;
import kr.fundflow.fund.flow.domain.MatchState;
import kr.fundflow.platform.inbox.EventHandler;
import kr.fundflow.platform.inbox.InboundEvent;

/**
 * The anti-corruption layer of the read model: allocation, match and budget events become
 * the flow's own changes; other events (FundCreated, a company's) change nothing. Runs in
 * the inbox's transaction, so a redelivered event counts once.
 */
@Component
class FlowEventHandler implements EventHandler {

	private final ProjectFlows project;

	FlowEventHandler(ProjectFlows project) {
		this.project = project;
	}

	@Override
	public Mono<Void> handle(InboundEvent event) {
		FlowEvent flowEvent = new FlowEvent(event.envelope().id(), event.envelope().type(), event.envelope().time());
		return switch (event.type()) {
			case FUND_ALLOCATED -> {
				FundAllocated allocated = event.bodyAs(FundAllocated.class);
				yield this.project.allocationChanged(flowEvent, allocated.allocationId(),
						new AllocationChange.Opened(allocated.amount()));
			}
			case ALLOCATION_ADJUSTED -> {
				AllocationAdjusted adjusted = event.bodyAs(AllocationAdjusted.class);
				yield this.project.allocationChanged(flowEvent, adjusted.allocationId(),
						new AllocationChange.Adjusted(adjusted.previousAmount(), adjusted.amount()));
			}
			case ALLOCATION_CLOSED -> this.project.allocationChanged(flowEvent,
					event.bodyAs(AllocationClosed.class).allocationId(), new AllocationChange.Closed());
			case MATCH_PROPOSED -> {
				MatchProposed proposed = event.bodyAs(MatchProposed.class);
				yield this.project.matchChanged(flowEvent, proposed.matchId(), proposed.allocationId(),
						new MatchChange.Proposed(
								new MatchPlace(proposed.region(), proposed.industry(), proposed.stage()),
								proposed.amount()));
			}
			case MATCH_REVIEWED -> {
				MatchReviewed reviewed = event.bodyAs(MatchReviewed.class);
				yield this.project.matchChanged(flowEvent, reviewed.matchId(), reviewed.allocationId(),
						new MatchChange.Reviewed(
								new MatchPlace(reviewed.region(), reviewed.industry(), reviewed.stage()),
								MatchState.afterReview(reviewed.status()), reviewed.amount()));
			}
			case MATCH_WITHDRAWN -> {
				MatchWithdrawn withdrawn = event.bodyAs(MatchWithdrawn.class);
				yield this.project.matchChanged(flowEvent, withdrawn.matchId(), withdrawn.allocationId(),
						new MatchChange.Withdrawn(new MatchPlace(withdrawn.region(), withdrawn.industry(), null),
								withdrawn.amount()));
			}
			case COMMITMENT_ACCEPTED -> {
				CommitmentAccepted accepted = event.bodyAs(CommitmentAccepted.class);
				yield this.project.matchChanged(flowEvent, accepted.matchId(), accepted.allocationId(),
						new MatchChange.CommitmentAccepted(accepted.amount()));
			}
			case COMMITMENT_REJECTED -> {
				CommitmentRejected rejected = event.bodyAs(CommitmentRejected.class);
				yield this.project.matchChanged(flowEvent, rejected.matchId(), rejected.allocationId(),
						new MatchChange.CommitmentRejected(rejected.requestedAmount()));
			}
			case FUNDS_DISBURSED -> {
				FundsDisbursed disbursed = event.bodyAs(FundsDisbursed.class);
				yield this.project.matchChanged(flowEvent, disbursed.matchId(), disbursed.allocationId(),
						new MatchChange.Disbursed(disbursed.amount()));
			}
			default -> Mono.empty();
		};
	}

}
