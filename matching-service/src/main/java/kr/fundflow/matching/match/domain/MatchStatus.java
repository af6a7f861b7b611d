package kr.fundflow.matching.match.domain;

/**
 * The life of a match (SPEC §2): PROPOSED → APPROVED | REJECTED | INFO_REQUESTED (→
 * PROPOSED again when the company updates its record); APPROVED → COMMITTED |
 * BUDGET_REJECTED (the fund side's answer); COMMITTED → DISBURSED. A proposal that is no
 * longer eligible is WITHDRAWN.
 */
public enum MatchStatus {

	PROPOSED, INFO_REQUESTED, APPROVED, REJECTED, COMMITTED, BUDGET_REJECTED, DISBURSED, WITHDRAWN;

	/**
	 * Not decided yet: re-evaluated when the company or the allocation changes.
	 */
	public boolean awaitsDecision() {
		return this == PROPOSED || this == INFO_REQUESTED;
	}

	/**
	 * Whether the match occupies its (allocation, company) pair, so that no second
	 * proposal is made. A rejection stands; a withdrawal or a budget refusal frees the
	 * pair.
	 */
	public boolean holdsPair() {
		return this != WITHDRAWN && this != BUDGET_REJECTED;
	}

}
