package kr.fundflow.fund.ledger.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A match that its working group approved (for four-eyes matches: twice): the company
 * {@code brn} is to receive {@code amount} won from the allocation.
 */
public record ApprovedMatch(UUID matchId, UUID allocationId, UUID fundId, String brn, long amount) {

	public ApprovedMatch {
		Objects.requireNonNull(matchId, "matchId");
		Objects.requireNonNull(allocationId, "allocationId");
		Objects.requireNonNull(brn, "brn");
		if (amount <= 0) {
			throw new IllegalArgumentException("An approved match must ask for a positive amount, not " + amount);
		}
	}

}
