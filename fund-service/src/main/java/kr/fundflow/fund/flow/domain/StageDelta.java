package kr.fundflow.fund.flow.domain;

/**
 * A change of the amount at one stage, counted under one attribution; the read model
 * appends one entry per delta and never rewrites one.
 */
public record StageDelta(Stage stage, Attribution attribution, long amount) {

	public StageDelta {
		if (amount == 0) {
			throw new IllegalArgumentException("A delta of 0 changes nothing");
		}
	}

}
