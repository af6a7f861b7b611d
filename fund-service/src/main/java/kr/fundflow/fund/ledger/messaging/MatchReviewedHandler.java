package kr.fundflow.fund.ledger.messaging;

import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.fund.ledger.application.CommitBudget;
import kr.fundflow.fund.ledger.domain.ApprovedMatch;
import kr.fundflow.platform.inbox.EventHandler;
import kr.fundflow.platform.inbox.InboundEvent;

/**
 * The fund side of a review: an APPROVED match reserves budget. Other reviews (rejected,
 * information requested, a first of two approvals) and other match events change nothing
 * here. Runs in the inbox's transaction, so a redelivered event is a no-op.
 */
@Component
class MatchReviewedHandler implements EventHandler {

	static final String APPROVED = "APPROVED";

	private final CommitBudget commitBudget;

	MatchReviewedHandler(CommitBudget commitBudget) {
		this.commitBudget = commitBudget;
	}

	@Override
	public Mono<Void> handle(InboundEvent event) {
		if (event.type() != EventType.MATCH_REVIEWED) {
			return Mono.empty();
		}
		return approvedMatch(event.bodyAs(MatchReviewed.class)).map(match -> this.commitBudget.commit(match).then())
			.orElse(Mono.empty());
	}

	/**
	 * The anti-corruption layer: a review maps to an approved match only when the match
	 * counts as APPROVED.
	 */
	static Optional<ApprovedMatch> approvedMatch(MatchReviewed review) {
		if (!APPROVED.equals(review.status())) {
			return Optional.empty();
		}
		return Optional.of(new ApprovedMatch(review.matchId(), review.allocationId(), review.fundId(), review.brn(),
				review.amount()));
	}

}
