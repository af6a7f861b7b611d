package kr.fundflow.fund.ledger.application;

import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.CommitmentRefusal;

/** What became of an approved match on the fund side. */
public sealed interface CommitmentOutcome {

	/**
	 * Budget reserved; {@code allocationCommitted} is the allocation's total after it.
	 */
	record Accepted(Commitment commitment, long allocationCommitted) implements CommitmentOutcome {
	}

	/** The budget could not cover it. */
	record Rejected(CommitmentRefusal refusal) implements CommitmentOutcome {
	}

	/**
	 * The match was committed before (the approval was sent again): nothing changes and
	 * nothing is announced again.
	 */
	record AlreadyCommitted(Commitment commitment) implements CommitmentOutcome {
	}

}
