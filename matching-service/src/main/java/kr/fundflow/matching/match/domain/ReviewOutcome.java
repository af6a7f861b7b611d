package kr.fundflow.matching.match.domain;

/**
 * What a review did: the status after it and the approvals of the current round (a
 * four-eyes match stays PROPOSED after its first approval).
 */
public record ReviewOutcome(Review review, int round, MatchStatus status, int approvals, int requiredApprovals,
		HistoryEntry change) {

}
