package kr.fundflow.fund.flow.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A fund's flows day by day (in Korea), every day of the range. */
public record DailyFlows(UUID fundId, LocalDate from, LocalDate to, List<Day> days) {

	/**
	 * {@code total}: the figures at the end of the day (what the summary shows with
	 * {@code asOf} that day); {@code change}: how much they moved that day.
	 */
	public record Day(LocalDate date, StageAmounts total, StageAmounts change) {
	}

}
