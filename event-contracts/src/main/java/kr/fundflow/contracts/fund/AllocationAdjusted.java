package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/** An allocation's amount changed; it never drops below what is committed. */
public record AllocationAdjusted(UUID allocationId, UUID fundId, long previousAmount, long amount, String reason,
		Instant adjustedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.allocationId.toString();
	}

}
