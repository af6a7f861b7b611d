package kr.fundflow.fund.flow.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import kr.fundflow.fund.flow.application.DailyFlows;
import kr.fundflow.fund.flow.application.FeedEntry;
import kr.fundflow.fund.flow.application.FlowBreakdown;
import kr.fundflow.fund.flow.application.FundSummary;
import kr.fundflow.fund.flow.application.Sankey;
import kr.fundflow.fund.flow.application.StageAmounts;
import kr.fundflow.fund.flow.domain.EarmarkProgress;

/** The dashboard's JSON (SPEC §5.1): won as integers, percents as one-decimal numbers. */
final class DashboardResponses {

	private DashboardResponses() {
	}

	record Summary(UUID fundId, String fundName, long totalCap, long allocated, long proposed, long approved,
			long committed, long disbursed, Earmark regional, Earmark ai, LocalDate asOf) {

		static Summary of(FundSummary summary) {
			StageAmounts stages = summary.stages();
			return new Summary(summary.fund().id(), summary.fund().name(), summary.fund().totalCap(),
					stages.allocated(), stages.proposed(), stages.approved(), stages.committed(), stages.disbursed(),
					Earmark.of(summary.regional()), Earmark.of(summary.ai()), summary.asOf());
		}

	}

	record Earmark(long target, long amount, BigDecimal percent) {

		static Earmark of(EarmarkProgress progress) {
			return new Earmark(progress.target(), progress.amount(), progress.percent());
		}

	}

	record Flows(UUID fundId, String groupBy, LocalDate asOf, List<FlowRow> rows) {

		static Flows of(FlowBreakdown breakdown) {
			return new Flows(breakdown.fundId(), breakdown.groupBy().key(), breakdown.asOf(),
					breakdown.rows().stream().map(FlowRow::of).toList());
		}

	}

	/**
	 * {@code capitalArea} on region and capital rows, {@code countsTowardAi} on industry
	 * rows.
	 */
	record FlowRow(String key, String label, String labelEn,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean capitalArea,
			@JsonInclude(JsonInclude.Include.NON_NULL) Boolean countsTowardAi, long allocated, long proposed,
			long approved, long committed, long disbursed) {

		static FlowRow of(FlowBreakdown.Row row) {
			StageAmounts amounts = row.amounts();
			return new FlowRow(row.key(), row.labelKo(), row.labelEn(), row.capitalArea(), row.countsTowardAi(),
					amounts.allocated(), amounts.proposed(), amounts.approved(), amounts.committed(),
					amounts.disbursed());
		}

	}

	record Daily(UUID fundId, LocalDate from, LocalDate to, List<Day> days) {

		static Daily of(DailyFlows flows) {
			return new Daily(flows.fundId(), flows.from(), flows.to(), flows.days().stream().map(Day::of).toList());
		}

	}

	/** End-of-day figures, and the day's movement in {@code change}. */
	record Day(LocalDate date, long allocated, long proposed, long approved, long committed, long disbursed,
			Amounts change) {

		static Day of(DailyFlows.Day day) {
			StageAmounts total = day.total();
			return new Day(day.date(), total.allocated(), total.proposed(), total.approved(), total.committed(),
					total.disbursed(), Amounts.of(day.change()));
		}

	}

	record Amounts(long allocated, long proposed, long approved, long committed, long disbursed) {

		static Amounts of(StageAmounts amounts) {
			return new Amounts(amounts.allocated(), amounts.proposed(), amounts.approved(), amounts.committed(),
					amounts.disbursed());
		}

	}

	record SankeyGraph(List<Node> nodes, List<Link> links) {

		static SankeyGraph of(Sankey sankey) {
			return new SankeyGraph(
					sankey.nodes().stream().map(node -> new Node(node.name(), node.labelKo(), node.labelEn())).toList(),
					sankey.links().stream().map(link -> new Link(link.source(), link.target(), link.value())).toList());
		}

	}

	record Node(String name, String label, String labelEn) {
	}

	record Link(String source, String target, long value) {
	}

	/** The {@code data} of one server-sent event; absent fields are left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record FeedLine(String type, Instant at, UUID fundId, UUID allocationId, UUID matchId, String region, Long amount,
			Message message) {

		static FeedLine of(FeedEntry entry) {
			return new FeedLine(entry.type(), entry.at(), entry.fundId(), entry.allocationId(), entry.matchId(),
					entry.region(), entry.amount(), new Message(entry.message().ko(), entry.message().en()));
		}

	}

	record Message(String ko, String en) {
	}

}
