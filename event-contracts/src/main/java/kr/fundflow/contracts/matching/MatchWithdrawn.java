package kr.fundflow.contracts.matching;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * A proposal is no longer valid (the company or the allocation changed); it leaves the
 * review queue.
 */
public record MatchWithdrawn(UUID matchId, UUID allocationId, UUID fundId, String brn, String region, String industry,
		long amount, String reason, Instant withdrawnAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.matchId.toString();
	}

}
