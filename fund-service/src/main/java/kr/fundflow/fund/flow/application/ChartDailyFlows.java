package kr.fundflow.fund.flow.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.fund.flow.domain.AsOf;
import kr.fundflow.fund.fund.application.FundStore;
import kr.fundflow.platform.errors.InvalidInput;

/**
 * A fund's flows over time, one point per day in Korea: the figures at the end of each
 * day and the day's movement. Ranges are at most {@value #MAX_DAYS} days; without
 * {@code to} they end today, without {@code from} they span 30 days.
 */
@Service
public class ChartDailyFlows {

	static final int MAX_DAYS = 366;

	private static final int DEFAULT_DAYS = 30;

	private final FundStore funds;

	private final FlowFigures figures;

	private final Clock clock;

	public ChartDailyFlows(FundStore funds, FlowFigures figures, Clock clock) {
		this.funds = funds;
		this.figures = figures;
		this.clock = clock;
	}

	/**
	 * @throws InvalidInput naming {@code from} for a range that ends before it starts or
	 * spans more than {@value #MAX_DAYS} days
	 */
	public Mono<DailyFlows> chart(UUID fundId, Optional<LocalDate> fromDay, Optional<LocalDate> toDay) {
		LocalDate to = toDay.orElseGet(() -> LocalDate.now(this.clock.withZone(AsOf.KOREA)));
		LocalDate from = fromDay.orElseGet(() -> to.minusDays(DEFAULT_DAYS - 1));
		if (from.isAfter(to)) {
			throw new InvalidInput("from", "from must be on or before to");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
			throw new InvalidInput("from", "a range spans at most " + MAX_DAYS + " days");
		}
		return FundLookup.existing(this.funds, fundId)
			.then(this.figures.totals(fundId, Optional.of(AsOf.endOf(from.minusDays(1))))
				.defaultIfEmpty(FundTotals.ZERO))
			.zipWith(this.figures.daily(fundId, AsOf.endOf(from.minusDays(1)), AsOf.endOf(to)).collectList())
			.map(tuple -> new DailyFlows(fundId, from, to, days(from, to, tuple.getT1().stages(), tuple.getT2())));
	}

	private static List<DailyFlows.Day> days(LocalDate from, LocalDate to, StageAmounts before,
			List<FlowFigures.Daily> sums) {
		Map<LocalDate, StageAmounts> changes = new HashMap<>();
		for (FlowFigures.Daily sum : sums) {
			changes.merge(sum.day(), StageAmounts.ZERO.plus(sum.stage(), sum.amount()), StageAmounts::plus);
		}
		List<DailyFlows.Day> days = new ArrayList<>();
		StageAmounts total = before;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			StageAmounts change = changes.getOrDefault(day, StageAmounts.ZERO);
			total = total.plus(change);
			days.add(new DailyFlows.Day(day, total, change));
		}
		return days;
	}

}
