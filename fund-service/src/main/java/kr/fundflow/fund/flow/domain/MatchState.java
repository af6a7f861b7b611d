package kr.fundflow.fund.flow.domain;

/**
 * Where a match stands, as far as the flow read model has heard. Events of the match
 * (from matching-service) and of its budget (from the ledger) travel on different topics
 * and may arrive in either order, so a state never goes back: an event that tells of an
 * earlier state than the one already known is stale.
 */
public enum MatchState {

	PROPOSED(1), INFO_REQUESTED(1), APPROVED(2), COMMITTED(3), REJECTED(4), WITHDRAWN(4), BUDGET_REJECTED(4);

	private final int rank;

	MatchState(int rank) {
		this.rank = rank;
	}

	/** Still waiting for a review decision. */
	boolean undecided() {
		return this.rank == 1;
	}

	/** Rejected, withdrawn or refused by the budget: it counts at no stage any more. */
	boolean ended() {
		return this.rank == 4;
	}

	boolean notBefore(MatchState other) {
		return this.rank >= other.rank;
	}

	/**
	 * The status a review left the match in ({@code MatchReviewed.status}). A review that
	 * leaves it PROPOSED is the first of two approvals a large match needs.
	 * @throws IllegalArgumentException for a status a review cannot produce
	 */
	public static MatchState afterReview(String status) {
		if (status != null) {
			switch (status) {
				case "PROPOSED":
					return PROPOSED;
				case "INFO_REQUESTED":
					return INFO_REQUESTED;
				case "APPROVED":
					return APPROVED;
				case "REJECTED":
					return REJECTED;
				default:
					break;
			}
		}
		throw new IllegalArgumentException("A review cannot leave a match " + status);
	}

}
