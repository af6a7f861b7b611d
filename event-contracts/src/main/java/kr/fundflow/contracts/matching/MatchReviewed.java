package kr.fundflow.contracts.matching;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * A working-group member reviewed a match. {@code decision} is APPROVE, REJECT or
 * REQUEST_INFO; {@code status} is the match's status after the review: the fund side
 * reserves budget only when it is APPROVED (for four-eyes matches, after the second
 * distinct approval).
 */
public record MatchReviewed(UUID matchId, UUID allocationId, UUID fundId, String brn, String region, String industry,
		String instrument, String stage, long amount, String decision, String status, String reviewer, String reason,
		int approvals, Instant reviewedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.matchId.toString();
	}

}
