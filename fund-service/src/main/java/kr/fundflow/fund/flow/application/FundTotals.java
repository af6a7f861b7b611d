package kr.fundflow.fund.flow.application;

/**
 * A fund's figures at a moment: each stage, and the committed money that counts toward
 * the earmarks (in non-capital regions; in AI-flagged industries).
 */
public record FundTotals(StageAmounts stages, long nonCapitalCommitted, long aiCommitted) {

	public static final FundTotals ZERO = new FundTotals(StageAmounts.ZERO, 0, 0);

}
