package kr.fundflow.fund.ledger.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The money totals and invariant checks behind the business gauges. */
public interface BudgetFigures {

	/**
	 * Allocated, committed and disbursed won per (region, industry). An allocation with
	 * several regions or industries counts once, under its first region and first
	 * industry, so that the gauges add up to the real totals.
	 */
	Flux<Totals> totalsByPrimaryRegionAndIndustry();

	/** How many rows break each budget invariant right now: all zero, always. */
	Mono<InvariantViolations> invariantViolations();

	record Totals(String region, String industry, long allocated, long committed, long disbursed) {
	}

	/**
	 * @param allocationCommitment allocations with committed above amount or disbursed
	 * above committed
	 * @param fundCap funds with allocated above their cap or not equal to the sum of
	 * their allocations
	 * @param ledgerTotals allocations or commitments whose running totals differ from the
	 * sum of their ledger entries
	 */
	record InvariantViolations(long allocationCommitment, long fundCap, long ledgerTotals) {
	}

}
