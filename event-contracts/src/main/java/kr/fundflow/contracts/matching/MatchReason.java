package kr.fundflow.contracts.matching;

/**
 * One rule's verdict on a match: {@code outcome} is MATCHED or NEAR_MISS, {@code points}
 * its contribution to the score, {@code detail} a sentence for the reviewer.
 */
public record MatchReason(String rule, String outcome, int points, String detail) {

}
