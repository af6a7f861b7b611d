package kr.fundflow.fund.flow.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.fundflow.fund.flow.domain.GroupBy;

/** A fund's flows broken down by one dimension, now or at the end of {@code asOf}. */
public record FlowBreakdown(UUID fundId, GroupBy groupBy, LocalDate asOf, List<Row> rows) {

	/**
	 * One group: its key (a reference code, a channel, {@code CAPITAL} or
	 * {@code NON_CAPITAL}), its names, the flags that apply to the dimension (null
	 * otherwise) and its money at each stage.
	 */
	public record Row(String key, String labelKo, String labelEn, Boolean capitalArea, Boolean countsTowardAi,
			StageAmounts amounts) {

		Row with(StageAmounts more) {
			return new Row(this.key, this.labelKo, this.labelEn, this.capitalArea, this.countsTowardAi,
					this.amounts.plus(more));
		}

	}

}
