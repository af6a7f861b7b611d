package kr.fundflow.matching.match.domain;

/** Whether an allocation takes new commitments. */
public enum AllocationStatus {

	OPEN, CLOSED

}
