package kr.fundflow.fund.flow.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.flow.application.FlowFigures;
import kr.fundflow.fund.flow.application.FundTotals;
import kr.fundflow.fund.flow.application.StageAmounts;
import kr.fundflow.fund.flow.domain.GroupBy;
import kr.fundflow.fund.flow.domain.Stage;

/**
 * Sums of {@code flow_entry}, in PostgreSQL {@code numeric} (a sum of bigints), read back
 * as exact longs.
 */
@Repository
class R2dbcFlowFigures implements FlowFigures {

	/** The column (or expression) each breakdown groups by; never client text. */
	private static final Map<GroupBy, String> GROUP_KEYS = Map.of(GroupBy.REGION, "region", GroupBy.INDUSTRY,
			"industry", GroupBy.INSTRUMENT, "instrument", GroupBy.CHANNEL, "channel", GroupBy.STAGE, "growth_stage",
			GroupBy.CAPITAL, "CASE WHEN capital_area THEN 'CAPITAL' ELSE 'NON_CAPITAL' END");

	private final DatabaseClient db;

	R2dbcFlowFigures(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<FundTotals> totals(UUID fundId, Optional<Instant> before) {
		GenericExecuteSpec query = this.db
			.sql("SELECT stage, sum(amount_delta) AS amount, "
					+ "coalesce(sum(amount_delta) FILTER (WHERE NOT capital_area), 0) AS non_capital, "
					+ "coalesce(sum(amount_delta) FILTER (WHERE counts_toward_ai), 0) AS ai "
					+ "FROM flow_entry WHERE fund_id = :fundId" + cutoff(before) + " GROUP BY stage")
			.bind("fundId", fundId);
		return withCutoff(query, before)
			.map(row -> new StageSums(Stage.valueOf(row.get("stage", String.class)), exact(row, "amount"),
					exact(row, "non_capital"), exact(row, "ai")))
			.all()
			.reduce(FundTotals.ZERO, R2dbcFlowFigures::add);
	}

	/** One stage's sum, and the parts of it that count toward the earmarks. */
	private record StageSums(Stage stage, long amount, long nonCapital, long ai) {
	}

	private static FundTotals add(FundTotals totals, StageSums sums) {
		StageAmounts stages = totals.stages().plus(sums.stage(), sums.amount());
		return (sums.stage() == Stage.COMMITTED) ? new FundTotals(stages, sums.nonCapital(), sums.ai())
				: new FundTotals(stages, totals.nonCapitalCommitted(), totals.aiCommitted());
	}

	@Override
	public Flux<Grouped> grouped(UUID fundId, GroupBy groupBy, Optional<Instant> before) {
		GenericExecuteSpec query = this.db
			.sql("SELECT " + GROUP_KEYS.get(groupBy) + " AS key, stage, sum(amount_delta) AS amount "
					+ "FROM flow_entry WHERE fund_id = :fundId" + cutoff(before) + " GROUP BY 1, 2")
			.bind("fundId", fundId);
		return withCutoff(query, before)
			.map(row -> new Grouped(row.get("key", String.class), Stage.valueOf(row.get("stage", String.class)),
					exact(row, "amount")))
			.all();
	}

	@Override
	public Flux<Daily> daily(UUID fundId, Instant from, Instant to) {
		return this.db
			.sql("SELECT (occurred_at AT TIME ZONE 'Asia/Seoul')::date AS day, stage, sum(amount_delta) AS amount "
					+ "FROM flow_entry WHERE fund_id = :fundId AND occurred_at >= :from AND occurred_at < :to "
					+ "GROUP BY 1, 2")
			.bind("fundId", fundId)
			.bind("from", from.atOffset(ZoneOffset.UTC))
			.bind("to", to.atOffset(ZoneOffset.UTC))
			.map(row -> new Daily(row.get("day", LocalDate.class), Stage.valueOf(row.get("stage", String.class)),
					exact(row, "amount")))
			.all();
	}

	@Override
	public Flux<RegionIndustry> byRegionAndIndustry(UUID fundId, Stage stage, Optional<Instant> before) {
		GenericExecuteSpec query = this.db
			.sql("SELECT region, industry, sum(amount_delta) AS amount FROM flow_entry "
					+ "WHERE fund_id = :fundId AND stage = :stage" + cutoff(before) + " GROUP BY region, industry")
			.bind("fundId", fundId)
			.bind("stage", stage.name());
		return withCutoff(query, before)
			.map(row -> new RegionIndustry(row.get("region", String.class), row.get("industry", String.class),
					exact(row, "amount")))
			.all();
	}

	private static String cutoff(Optional<Instant> before) {
		return before.isPresent() ? " AND occurred_at < :before" : "";
	}

	private static GenericExecuteSpec withCutoff(GenericExecuteSpec query, Optional<Instant> before) {
		return before.isPresent() ? query.bind("before", before.get().atOffset(ZoneOffset.UTC)) : query;
	}

	private static long exact(Readable row, String column) {
		return row.get(column, BigDecimal.class).longValueExact();
	}

}
