package kr.fundflow.fund.ledger.metrics;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kr.fundflow.fund.ledger.application.BudgetFigures;
import kr.fundflow.platform.lifecycle.PeriodicTask;

/**
 * Business gauges, refreshed from the database every
 * {@code fundflow.metrics.budget-refresh} (10 s): every instance reports the same
 * database figures, so dashboards take the max across instances, not the sum.
 * <ul>
 * <li>{@code fundflow.allocated.won}, {@code fundflow.committed.won},
 * {@code fundflow.disbursed.won} tagged {@code region} and {@code industry}: an
 * allocation with several regions or industries counts under its first region and first
 * industry, so that the series add up to the true totals. Tag values are reference-table
 * codes, so the number of series is bounded (17 regions × the industries).</li>
 * <li>{@code fundflow.budget.invariant.violations} tagged {@code invariant}
 * ({@code allocation_commitment}, {@code fund_cap}, {@code ledger_totals}): rows that
 * break a budget invariant. Always 0; anything else is an alarm.</li>
 * </ul>
 * Each series is registered once, when its (region, industry) first appears; later
 * refreshes only move values.
 */
@Component
class BudgetGauges extends PeriodicTask {

	private static final Log log = LogFactory.getLog(BudgetGauges.class);

	private final BudgetFigures figures;

	private final MeterRegistry meters;

	private final Map<Cell, Amounts> cells = new ConcurrentHashMap<>();

	private final AtomicLong allocationCommitmentViolations = new AtomicLong();

	private final AtomicLong fundCapViolations = new AtomicLong();

	private final AtomicLong ledgerTotalsViolations = new AtomicLong();

	BudgetGauges(BudgetFigures figures, MeterRegistry meters,
			@Value("${fundflow.metrics.budget-refresh:10s}") Duration interval) {
		super("Refreshing the budget gauges", Duration.ZERO, interval);
		this.figures = figures;
		this.meters = meters;
		violations("allocation_commitment", this.allocationCommitmentViolations);
		violations("fund_cap", this.fundCapViolations);
		violations("ledger_totals", this.ledgerTotalsViolations);
	}

	private record Cell(String region, String industry) {
	}

	private static final class Amounts {

		final AtomicLong allocated = new AtomicLong();

		final AtomicLong committed = new AtomicLong();

		final AtomicLong disbursed = new AtomicLong();

	}

	private void violations(String invariant, AtomicLong count) {
		Gauge.builder("fundflow.budget.invariant.violations", count, AtomicLong::get)
			.description("Rows breaking a budget invariant; must always be 0")
			.tag("invariant", invariant)
			.register(this.meters);
	}

	Mono<Void> refresh() {
		Mono<Void> totals = this.figures.totalsByPrimaryRegionAndIndustry().collectList().doOnNext(rows -> {
			Set<Cell> seen = new HashSet<>();
			for (var row : rows) {
				Cell cell = new Cell(row.region(), row.industry());
				seen.add(cell);
				Amounts amounts = this.cells.computeIfAbsent(cell, this::register);
				amounts.allocated.set(row.allocated());
				amounts.committed.set(row.committed());
				amounts.disbursed.set(row.disbursed());
			}
			this.cells.forEach((cell, amounts) -> {
				if (!seen.contains(cell)) {
					amounts.allocated.set(0);
					amounts.committed.set(0);
					amounts.disbursed.set(0);
				}
			});
		}).then();
		Mono<Void> invariants = this.figures.invariantViolations().doOnNext(found -> {
			this.allocationCommitmentViolations.set(found.allocationCommitment());
			this.fundCapViolations.set(found.fundCap());
			this.ledgerTotalsViolations.set(found.ledgerTotals());
			if (found.allocationCommitment() + found.fundCap() + found.ledgerTotals() > 0) {
				log.error("Budget invariant violated: " + found);
			}
		}).then();
		return totals.then(invariants);
	}

	private Amounts register(Cell cell) {
		Amounts amounts = new Amounts();
		gauge("fundflow.allocated.won", "Won allocated to budget lines", cell, amounts.allocated);
		gauge("fundflow.committed.won", "Won committed to approved matches", cell, amounts.committed);
		gauge("fundflow.disbursed.won", "Won paid out on commitments", cell, amounts.disbursed);
		return amounts;
	}

	private void gauge(String name, String description, Cell cell, AtomicLong value) {
		Gauge.builder(name, value, AtomicLong::get)
			.description(description + ", by the allocation's first region and first industry")
			.tag("region", cell.region())
			.tag("industry", cell.industry())
			.register(this.meters);
	}

	@Override
	protected Mono<Void> round() {
		return refresh();
	}

}
