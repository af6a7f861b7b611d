package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * The budget could not cover an approved match; {@code remaining} is what was left at
 * that moment.
 */
public record CommitmentRejected(UUID allocationId, UUID fundId, UUID matchId, String brn, long requestedAmount,
		long remaining, String reason, Instant rejectedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.allocationId.toString();
	}

}
