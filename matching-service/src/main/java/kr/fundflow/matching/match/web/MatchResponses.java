package kr.fundflow.matching.match.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import kr.fundflow.matching.match.application.MatchDetails;
import kr.fundflow.matching.match.application.NearMiss;
import kr.fundflow.matching.match.application.ReviewRecord;
import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.Reason;

/** JSON shapes of the match API (SPEC §5.1 names, and more). */
final class MatchResponses {

	private MatchResponses() {
	}

	record ReasonResponse(String rule, String outcome, int points, String detail) {

		static ReasonResponse of(Reason reason) {
			return new ReasonResponse(reason.rule(), reason.outcome().name(), reason.points(), reason.detail());
		}

	}

	/**
	 * @param round the review round the review belongs to (a new round starts when the
	 * company answers a request for information or the amount changes)
	 * @param status the match's status right after the review
	 * @param approvals distinct approvals of the round after the review
	 */
	record ReviewResponse(String decision, String reason, String reviewer, Instant at, int round, String status,
			int approvals) {

		static ReviewResponse of(ReviewRecord review) {
			return new ReviewResponse(review.decision().name(), review.reason(), review.reviewer(), review.at(),
					review.round(), review.statusAfter().name(), review.approvals());
		}

	}

	/** One change of the match's life: {@code from} is null for the proposal. */
	record HistoryResponse(String from, String to, String by, String reason, Instant at) {

		static HistoryResponse of(HistoryEntry entry) {
			return new HistoryResponse((entry.before() != null) ? entry.before().name() : null, entry.after().name(),
					entry.actor(), entry.reason(), entry.at());
		}

	}

	/** Why the fund side refused the budget, and what was left then. */
	record BudgetRejectionResponse(String reason, Long remaining) {

	}

	/**
	 * A match. {@code history} is present on the single-match view only.
	 */
	record MatchResponse(UUID id, UUID allocationId, UUID fundId, String brn, String companyName, String region,
			String industry, String instrument, String stage, long amount, int score, List<ReasonResponse> reasons,
			String status, int approvals, int requiredApprovals, long reviewThreshold, int reviewRound,
			Long committedAmount, long disbursed, boolean fullyDisbursed, BudgetRejectionResponse budgetRejection,
			String withdrawalReason, List<ReviewResponse> reviews,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryResponse> history, Instant proposedAt,
			Instant updatedAt) {

		static MatchResponse of(MatchDetails details, boolean withHistory) {
			Match match = details.match();
			BudgetRejectionResponse budgetRejection = (match.budgetRejectionReason() != null)
					? new BudgetRejectionResponse(match.budgetRejectionReason(), match.budgetRemaining()) : null;
			return new MatchResponse(match.id(), match.allocationId(), match.fundId(), match.brn(), match.companyName(),
					match.region(), match.industry(), match.instrument(), match.stage(), match.amount(), match.score(),
					match.reasons().stream().map(ReasonResponse::of).toList(), match.status().name(), match.approvals(),
					match.requiredApprovals(), match.reviewThreshold(), match.reviewRound(), match.committedAmount(),
					match.disbursed(), match.fullyDisbursed(), budgetRejection, match.withdrawalReason(),
					details.reviews().stream().map(ReviewResponse::of).toList(),
					withHistory ? details.history().stream().map(HistoryResponse::of).toList() : null,
					match.proposedAt(), match.updatedAt());
		}

	}

	record NearMissResponse(UUID allocationId, String brn, String companyName, String region, int score,
			List<ReasonResponse> reasons, Instant evaluatedAt) {

		static NearMissResponse of(NearMiss nearMiss) {
			return new NearMissResponse(nearMiss.allocationId(), nearMiss.brn(), nearMiss.companyName(),
					nearMiss.region(), nearMiss.score(), nearMiss.reasons().stream().map(ReasonResponse::of).toList(),
					nearMiss.evaluatedAt());
		}

	}

}
