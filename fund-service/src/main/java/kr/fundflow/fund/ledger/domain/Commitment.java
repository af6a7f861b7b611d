package kr.fundflow.fund.ledger.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.RuleViolation;

/**
 * Budget reserved for one approved match (at most one per match). {@code disbursed} is
 * the running total of what was paid out on it: {@code 0 <= disbursed <= amount}.
 */
public record Commitment(UUID id, UUID allocationId, UUID fundId, UUID matchId, String brn, long amount, long disbursed,
		Instant committedAt) {

	public Commitment {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(allocationId, "allocationId");
		Objects.requireNonNull(matchId, "matchId");
		if (amount <= 0 || disbursed < 0 || disbursed > amount) {
			throw new IllegalStateException("Commitment " + id + " breaks 0 <= disbursed <= amount, amount > 0");
		}
	}

	public static Commitment of(UUID id, ApprovedMatch match, UUID fundId, Instant at) {
		return new Commitment(id, match.allocationId(), fundId, match.matchId(), match.brn(), match.amount(), 0, at);
	}

	public long remainingToDisburse() {
		return this.amount - this.disbursed;
	}

	/** Cumulative disbursements never exceed the commitment. */
	public void requireDisbursable(long payment) {
		if (payment <= 0) {
			throw new InvalidInput("amount", "amount must be a positive number of won");
		}
		if (payment > remainingToDisburse()) {
			throw new RuleViolation("disbursement-exceeds-commitment",
					"Match " + this.matchId + " has " + remainingToDisburse() + " won left to disburse ("
							+ this.disbursed + " of " + this.amount + " committed paid out); " + payment
							+ " won was asked for");
		}
	}

	public Commitment withDisbursed(long newDisbursed) {
		return new Commitment(this.id, this.allocationId, this.fundId, this.matchId, this.brn, this.amount,
				newDisbursed, this.committedAt);
	}

}
