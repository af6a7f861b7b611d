package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * The fund side reserved budget for an approved match. {@code allocationCommitted} is the
 * allocation's committed total after this commitment.
 */
public record CommitmentAccepted(UUID commitmentId, UUID allocationId, UUID fundId, UUID matchId, String brn,
		long amount, long allocationCommitted, Instant acceptedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.allocationId.toString();
	}

}
