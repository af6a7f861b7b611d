package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/** A fund was created with its cap, period and earmarks. Amounts are whole won. */
public record FundCreated(UUID fundId, String name, long totalCap, LocalDate periodStart, LocalDate periodEnd,
		long regionalMinimum, long aiMinimum, long reviewThreshold, Instant createdAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.fundId.toString();
	}

}
