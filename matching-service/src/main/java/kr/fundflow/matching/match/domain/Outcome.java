package kr.fundflow.matching.match.domain;

/**
 * A rule's verdict: MATCHED when it holds in full, NEAR_MISS when it fails or holds only
 * in part.
 */
public enum Outcome {

	MATCHED, NEAR_MISS

}
