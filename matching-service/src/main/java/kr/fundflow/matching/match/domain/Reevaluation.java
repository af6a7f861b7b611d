package kr.fundflow.matching.match.domain;

/**
 * What re-evaluating an undecided match did after the company or the allocation changed.
 *
 * @param kind what happened
 * @param change the history entry, or null when the status and the amount stayed
 */
public record Reevaluation(Kind kind, HistoryEntry change) {

	public enum Kind {

		/** Nothing changed. */
		UNCHANGED,

		/**
		 * Details changed (reasons' wording, the company's name or stage) but not the
		 * score or the amount: stored, not announced.
		 */
		REVISED,

		/** Still a proposal, with a new score or amount. */
		RESCORED,

		/** The company answered a request for information: back in the review queue. */
		RETURNED_TO_PROPOSED,

		/** No longer eligible. */
		WITHDRAWN

	}

	static Reevaluation unchanged() {
		return new Reevaluation(Kind.UNCHANGED, null);
	}

	/** Whether the match must be stored again. */
	public boolean changed() {
		return this.kind != Kind.UNCHANGED;
	}

}
