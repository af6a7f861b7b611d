package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * Money was actually paid out on a committed match. {@code matchDisbursed} is the match's
 * disbursed total after this payment, {@code matchCommitted} what was committed for it.
 */
public record FundsDisbursed(UUID disbursementId, UUID allocationId, UUID fundId, UUID matchId, String brn, long amount,
		long matchDisbursed, long matchCommitted, Instant disbursedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.allocationId.toString();
	}

}
