package kr.fundflow.fund.flow.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.fund.flow.application.FlowBreakdown.Row;
import kr.fundflow.fund.flow.domain.AsOf;
import kr.fundflow.fund.flow.domain.GroupBy;
import kr.fundflow.fund.fund.application.FundStore;
import kr.fundflow.fund.reference.application.ReferenceData;

/**
 * A fund's flows by region, industry, instrument, channel, growth stage or capital area.
 * Dimensions with a fixed list (the 17 regions, the industries, the instruments, the four
 * stages, capital/non-capital) show every group in reference order, zeros included, so a
 * chart keeps its axis; channels are free text and show those with money, largest
 * allocation first.
 */
@Service
public class BreakDownFlows {

	private static final StageAmounts NONE = StageAmounts.ZERO;

	private static final List<Row> GROWTH_STAGES = List.of(new Row("STARTUP", "창업", "Startup", null, null, NONE),
			new Row("GROWTH", "성장", "Growth", null, null, NONE),
			new Row("EXPANSION", "확장", "Expansion", null, null, NONE), new Row("LEAP", "도약", "Leap", null, null, NONE));

	private static final List<Row> CAPITAL_AREAS = List.of(new Row("CAPITAL", "수도권", "Capital area", true, null, NONE),
			new Row("NON_CAPITAL", "지방", "Outside the capital area", false, null, NONE));

	private final FundStore funds;

	private final FlowFigures figures;

	private final ReferenceData reference;

	private final Clock clock;

	public BreakDownFlows(FundStore funds, FlowFigures figures, ReferenceData reference, Clock clock) {
		this.funds = funds;
		this.figures = figures;
		this.reference = reference;
		this.clock = clock;
	}

	public Mono<FlowBreakdown> breakDown(UUID fundId, GroupBy groupBy, Optional<AsOf> asOf) {
		return FundLookup.existing(this.funds, fundId)
			.then(Mono.zip(groups(groupBy).collectList(),
					this.figures.grouped(fundId, groupBy, asOf.flatMap(day -> day.cutoff(this.clock.instant())))
						.collectList()))
			.map(tuple -> new FlowBreakdown(fundId, groupBy, asOf.map(AsOf::day).orElse(null),
					fill(groupBy, tuple.getT1(), tuple.getT2())));
	}

	private Flux<Row> groups(GroupBy groupBy) {
		return switch (groupBy) {
			case REGION -> this.reference.regions()
				.map(region -> new Row(region.code(), region.nameKo(), region.nameEn(), region.capitalArea(), null,
						NONE));
			case INDUSTRY -> this.reference.industries()
				.map(industry -> new Row(industry.code(), industry.nameKo(), industry.nameEn(), null,
						industry.countsTowardAi(), NONE));
			case INSTRUMENT -> this.reference.instruments()
				.map(instrument -> new Row(instrument.code(), instrument.nameKo(), instrument.nameEn(), null, null,
						NONE));
			case STAGE -> Flux.fromIterable(GROWTH_STAGES);
			case CAPITAL -> Flux.fromIterable(CAPITAL_AREAS);
			case CHANNEL -> Flux.empty();
		};
	}

	private static List<Row> fill(GroupBy groupBy, List<Row> groups, List<FlowFigures.Grouped> sums) {
		Map<String, Row> rows = new LinkedHashMap<>();
		groups.forEach(row -> rows.put(row.key(), row));
		for (FlowFigures.Grouped sum : sums) {
			// A key outside the reference list (none is expected) still shows, under its
			// code.
			Row row = rows.computeIfAbsent(sum.key(), key -> new Row(key, key, key, null, null, NONE));
			rows.put(sum.key(), row.with(NONE.plus(sum.stage(), sum.amount())));
		}
		List<Row> result = new ArrayList<>(rows.values());
		if (groupBy == GroupBy.CHANNEL) {
			result.sort(Comparator.comparingLong((Row row) -> row.amounts().allocated())
				.reversed()
				.thenComparing(Row::key));
		}
		return result;
	}

}
