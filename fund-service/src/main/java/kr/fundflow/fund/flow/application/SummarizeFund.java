package kr.fundflow.fund.flow.application;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.fund.flow.domain.AsOf;
import kr.fundflow.fund.flow.domain.EarmarkProgress;
import kr.fundflow.fund.fund.application.FundStore;

/**
 * The dashboard's headline: a fund's money at each stage and how far its earmarks are
 * reached (committed money in non-capital regions against the regional minimum, in
 * AI-flagged industries against the AI minimum).
 */
@Service
public class SummarizeFund {

	private final FundStore funds;

	private final FlowFigures figures;

	private final Clock clock;

	public SummarizeFund(FundStore funds, FlowFigures figures, Clock clock) {
		this.funds = funds;
		this.figures = figures;
		this.clock = clock;
	}

	public Mono<FundSummary> summarize(UUID fundId, Optional<AsOf> asOf) {
		return FundLookup.existing(this.funds, fundId)
			.flatMap(fund -> this.figures.totals(fundId, asOf.flatMap(day -> day.cutoff(this.clock.instant())))
				.defaultIfEmpty(FundTotals.ZERO)
				.map(totals -> new FundSummary(fund, asOf.map(AsOf::day).orElse(null), totals.stages(),
						new EarmarkProgress(fund.regionalMinimum(), totals.nonCapitalCommitted()),
						new EarmarkProgress(fund.aiMinimum(), totals.aiCommitted()))));
	}

}
