package kr.fundflow.fund.allocation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.GrowthStage;
import kr.fundflow.fund.allocation.domain.InstrumentTerms;

/**
 * The allocation shape of SPEC §5.1, plus {@code remaining} (what is free for new
 * commitments) and {@code createdAt}. Terms not used by the instrument are null.
 */
record AllocationResponse(UUID id, UUID fundId, String title, String channel, List<String> regions,
		List<String> industries, String instrument, Terms terms, List<String> stages, Integer maxEmployees,
		Long minTicket, Long maxTicket, long amount, long committed, long disbursed, long remaining, String status,
		Instant createdAt) {

	record Terms(Integer coverageRatioPct, Integer feeDiscountBp, Integer subsidyRateBp, Integer termMonths) {

		static Terms of(InstrumentTerms terms) {
			return new Terms(terms.coverageRatioPct(), terms.feeDiscountBp(), terms.subsidyRateBp(),
					terms.termMonths());
		}

	}

	static AllocationResponse of(Allocation allocation) {
		return new AllocationResponse(allocation.id(), allocation.fundId(), allocation.title(), allocation.channel(),
				allocation.regions(), allocation.industries(), allocation.instrument(), Terms.of(allocation.terms()),
				allocation.stages().stream().map(GrowthStage::name).toList(), allocation.maxEmployees(),
				allocation.minTicket(), allocation.maxTicket(), allocation.amount(), allocation.committed(),
				allocation.disbursed(), allocation.remaining(), allocation.status().name(), allocation.createdAt());
	}

}
