package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/** An allocation takes no new commitments; what was committed stays. */
public record AllocationClosed(UUID allocationId, UUID fundId, String reason,
		Instant closedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.allocationId.toString();
	}

}
