package kr.fundflow.matching.match.application;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.matching.match.domain.Decision;
import kr.fundflow.matching.match.domain.MatchStatus;

/**
 * A stored review: who decided what, when and why, and where it left the match.
 */
public record ReviewRecord(UUID matchId, Decision decision, String reason, String reviewer, Instant at, int round,
		MatchStatus statusAfter, int approvals) {

}
