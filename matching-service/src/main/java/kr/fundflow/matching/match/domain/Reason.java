package kr.fundflow.matching.match.domain;

/**
 * One rule's verdict on a candidate: {@code points} is its contribution to the score,
 * {@code detail} a sentence for the reviewer.
 */
public record Reason(String rule, Outcome outcome, int points, String detail) {

	static Reason matched(String rule, int points, String detail) {
		return new Reason(rule, Outcome.MATCHED, points, detail);
	}

	static Reason nearMiss(String rule, int points, String detail) {
		return new Reason(rule, Outcome.NEAR_MISS, points, detail);
	}

	/** Whether the points are the whole weight; partial credit is a near miss. */
	static Reason scored(String rule, int points, int weight, String detail) {
		return new Reason(rule, (points >= weight) ? Outcome.MATCHED : Outcome.NEAR_MISS, points, detail);
	}

}
