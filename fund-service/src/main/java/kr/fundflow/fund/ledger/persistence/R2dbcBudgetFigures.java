package kr.fundflow.fund.ledger.persistence;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.ledger.application.BudgetFigures;

@Repository
class R2dbcBudgetFigures implements BudgetFigures {

	private final DatabaseClient db;

	R2dbcBudgetFigures(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Flux<Totals> totalsByPrimaryRegionAndIndustry() {
		return this.db.sql("""
				SELECT regions[1] AS region, industries[1] AS industry, sum(amount) AS allocated,
				       sum(committed) AS committed, sum(disbursed) AS disbursed
				FROM allocation GROUP BY regions[1], industries[1]""")
			.map(row -> new Totals(row.get("region", String.class), row.get("industry", String.class),
					row.get("allocated", Long.class), row.get("committed", Long.class),
					row.get("disbursed", Long.class)))
			.all();
	}

	@Override
	public Mono<InvariantViolations> invariantViolations() {
		return this.db
			.sql("""
					SELECT
					  (SELECT count(*) FROM allocation
					    WHERE committed > amount OR disbursed > committed OR disbursed < 0) AS allocation_commitment,
					  (SELECT count(*) FROM fund f
					    WHERE f.allocated > f.total_cap
					       OR f.allocated <> (SELECT coalesce(sum(a.amount), 0) FROM allocation a WHERE a.fund_id = f.id))
					    AS fund_cap,
					  (SELECT count(*) FROM allocation a
					    WHERE a.committed <> (SELECT coalesce(sum(c.amount), 0) FROM commitment c WHERE c.allocation_id = a.id)
					       OR a.disbursed <> (SELECT coalesce(sum(d.amount), 0) FROM disbursement d WHERE d.allocation_id = a.id))
					  + (SELECT count(*) FROM commitment c
					    WHERE c.disbursed <> (SELECT coalesce(sum(d.amount), 0) FROM disbursement d WHERE d.commitment_id = c.id))
					    AS ledger_totals""")
			.map(row -> new InvariantViolations(row.get("allocation_commitment", Long.class),
					row.get("fund_cap", Long.class), row.get("ledger_totals", Long.class)))
			.one();
	}

}
