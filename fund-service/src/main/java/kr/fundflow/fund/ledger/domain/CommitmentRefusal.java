package kr.fundflow.fund.ledger.domain;

/**
 * Why the budget could not take an approved match, and what was left for new commitments
 * at that moment (0 when the allocation is closed).
 */
public record CommitmentRefusal(Reason reason, long remaining) {

	public enum Reason {

		INSUFFICIENT_BUDGET("잔여 예산 부족 (insufficient remaining budget)"),

		ALLOCATION_CLOSED("배정 마감 (allocation closed)");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		/** Shown on the match to reviewers: Korean first, English after. */
		public String description() {
			return this.description;
		}

	}

}
