package kr.fundflow.fund.flow.application;

import java.time.LocalDate;

import kr.fundflow.fund.flow.domain.EarmarkProgress;
import kr.fundflow.fund.fund.domain.Fund;

/**
 * A fund's figures per stage and its earmark progress, now or (with {@code asOf}) at the
 * end of that day.
 */
public record FundSummary(Fund fund, LocalDate asOf, StageAmounts stages, EarmarkProgress regional,
		EarmarkProgress ai) {

}
