package kr.fundflow.fund.flow.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.fund.flow.domain.GroupBy;
import kr.fundflow.fund.flow.domain.Stage;

/**
 * Sums of the flow entries of a fund (the persistence adapter implements it). With
 * {@code before}, only entries that happened before that instant count.
 */
public interface FlowFigures {

	Mono<FundTotals> totals(UUID fundId, Optional<Instant> before);

	/** Sums by group key and stage; groups without entries are absent. */
	Flux<Grouped> grouped(UUID fundId, GroupBy groupBy, Optional<Instant> before);

	/** Sums by day in Korea and stage, of entries in {@code [from, to)}. */
	Flux<Daily> daily(UUID fundId, Instant from, Instant to);

	/** Sums at one stage by region and industry. */
	Flux<RegionIndustry> byRegionAndIndustry(UUID fundId, Stage stage, Optional<Instant> before);

	record Grouped(String key, Stage stage, long amount) {
	}

	record Daily(LocalDate day, Stage stage, long amount) {
	}

	record RegionIndustry(String region, String industry, long amount) {
	}

}
