package kr.fundflow.fund.allocation.application;

import java.util.List;

import kr.fundflow.fund.allocation.domain.AllocationPlan;
import kr.fundflow.fund.allocation.domain.GrowthStage;
import kr.fundflow.fund.allocation.domain.InstrumentTerms;

/**
 * What a caller sends to open an allocation, before any check; null means "not sent".
 */
public record NewAllocation(String title, String channel, List<String> regions, List<String> industries,
		String instrument, InstrumentTerms terms, List<String> stages, Integer maxEmployees, Long minTicket,
		Long maxTicket, long amount) {

	AllocationPlan toPlan() {
		List<GrowthStage> parsedStages = (this.stages != null)
				? this.stages.stream().map(stage -> GrowthStage.parse("stages", stage)).toList() : null;
		return new AllocationPlan(this.title, this.channel, this.regions, this.industries, this.instrument, this.terms,
				parsedStages, this.maxEmployees, this.minTicket, this.maxTicket, this.amount);
	}

}
