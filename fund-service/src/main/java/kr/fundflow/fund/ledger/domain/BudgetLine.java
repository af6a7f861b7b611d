package kr.fundflow.fund.ledger.domain;

import java.util.UUID;

/**
 * The budget side of an allocation: its amount and the running totals of its ledger.
 */
public record BudgetLine(UUID allocationId, UUID fundId, long amount, long committed, long disbursed, boolean open) {

	public long remaining() {
		return this.amount - this.committed;
	}

	/**
	 * Why {@code requested} cannot be committed now. Reserving is decided by the database
	 * (a conditional update); this only explains a refusal, so it is called for amounts
	 * that did not fit.
	 */
	public CommitmentRefusal refusalFor(long requested) {
		if (!this.open) {
			return new CommitmentRefusal(CommitmentRefusal.Reason.ALLOCATION_CLOSED, 0);
		}
		return new CommitmentRefusal(CommitmentRefusal.Reason.INSUFFICIENT_BUDGET, Math.max(0, remaining()));
	}

}
