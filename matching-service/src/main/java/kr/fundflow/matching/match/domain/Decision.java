package kr.fundflow.matching.match.domain;

/** What a working-group member decides on a proposed match. */
public enum Decision {

	APPROVE, REJECT, REQUEST_INFO

}
