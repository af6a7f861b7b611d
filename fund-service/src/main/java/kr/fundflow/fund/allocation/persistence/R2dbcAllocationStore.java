package kr.fundflow.fund.allocation.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.allocation.application.AllocationFilter;
import kr.fundflow.fund.allocation.application.AllocationStore;
import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.AllocationStatus;
import kr.fundflow.fund.allocation.domain.FundCapacity;
import kr.fundflow.fund.allocation.domain.GrowthStage;
import kr.fundflow.fund.allocation.domain.InstrumentTerms;

@Repository
class R2dbcAllocationStore implements AllocationStore {

	private static final String COLUMNS = "id, fund_id, title, channel, regions, industries, instrument, "
			+ "coverage_ratio_pct, fee_discount_bp, subsidy_rate_bp, term_months, stages, max_employees, "
			+ "min_ticket, max_ticket, amount, committed, disbursed, status, created_at, created_by";

	private static final String ORDER = " ORDER BY created_at, id";

	private final DatabaseClient db;

	R2dbcAllocationStore(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<FundCapacity> fundCapacity(UUID fundId) {
		return this.db.sql("SELECT id, total_cap, allocated, review_threshold FROM fund WHERE id = :id")
			.bind("id", fundId)
			.map(row -> new FundCapacity(row.get("id", UUID.class), row.get("total_cap", Long.class),
					row.get("allocated", Long.class), row.get("review_threshold", Long.class)))
			.one();
	}

	@Override
	public Mono<Long> claimFundCapacity(UUID fundId, long amount) {
		// The WHERE clause decides under the row lock, so concurrent claims cannot
		// overshoot; the CHECK (allocated <= total_cap) stands behind it. It reads
		// "allocated + amount <= total_cap" rearranged so that no amount overflows
		// bigint.
		return this.db
			.sql("UPDATE fund SET allocated = allocated + :amount "
					+ "WHERE id = :id AND :amount <= total_cap - allocated RETURNING review_threshold")
			.bind("amount", amount)
			.bind("id", fundId)
			.map(row -> row.get("review_threshold", Long.class))
			.one();
	}

	@Override
	public Mono<Void> releaseFundCapacity(UUID fundId, long amount) {
		return this.db.sql("UPDATE fund SET allocated = allocated - :amount WHERE id = :id")
			.bind("amount", amount)
			.bind("id", fundId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Allocation> insert(Allocation allocation) {
		GenericExecuteSpec insert = this.db
			.sql("INSERT INTO allocation (" + COLUMNS + ") VALUES (:id, :fundId, "
					+ ":title, :channel, :regions, :industries, :instrument, :coverageRatioPct, :feeDiscountBp, "
					+ ":subsidyRateBp, :termMonths, :stages, :maxEmployees, :minTicket, :maxTicket, :amount, "
					+ ":committed, :disbursed, :status, :createdAt, :createdBy)")
			.bind("id", allocation.id())
			.bind("fundId", allocation.fundId())
			.bind("channel", allocation.channel())
			.bind("regions", allocation.regions().toArray(String[]::new))
			.bind("industries", allocation.industries().toArray(String[]::new))
			.bind("instrument", allocation.instrument())
			.bind("stages", allocation.stages().stream().map(GrowthStage::name).toArray(String[]::new))
			.bind("amount", allocation.amount())
			.bind("committed", allocation.committed())
			.bind("disbursed", allocation.disbursed())
			.bind("status", allocation.status().name())
			.bind("createdAt", allocation.createdAt().atOffset(ZoneOffset.UTC))
			.bind("createdBy", allocation.createdBy());
		InstrumentTerms terms = allocation.terms();
		insert = bindNullable(insert, "title", allocation.title(), String.class);
		insert = bindNullable(insert, "coverageRatioPct", terms.coverageRatioPct(), Integer.class);
		insert = bindNullable(insert, "feeDiscountBp", terms.feeDiscountBp(), Integer.class);
		insert = bindNullable(insert, "subsidyRateBp", terms.subsidyRateBp(), Integer.class);
		insert = bindNullable(insert, "termMonths", terms.termMonths(), Integer.class);
		insert = bindNullable(insert, "maxEmployees", allocation.maxEmployees(), Integer.class);
		insert = bindNullable(insert, "minTicket", allocation.minTicket(), Long.class);
		insert = bindNullable(insert, "maxTicket", allocation.maxTicket(), Long.class);
		return insert.fetch().rowsUpdated().thenReturn(allocation);
	}

	@Override
	public Mono<Allocation> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM allocation WHERE id = :id")
			.bind("id", id)
			.map(R2dbcAllocationStore::toAllocation)
			.one();
	}

	@Override
	public Mono<Allocation> findByIdForUpdate(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM allocation WHERE id = :id FOR UPDATE")
			.bind("id", id)
			.map(R2dbcAllocationStore::toAllocation)
			.one();
	}

	@Override
	public Mono<Void> updateAmount(UUID id, long amount) {
		return this.db.sql("UPDATE allocation SET amount = :amount WHERE id = :id")
			.bind("amount", amount)
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Void> markClosed(UUID id) {
		return this.db.sql("UPDATE allocation SET status = 'CLOSED' WHERE id = :id")
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Flux<Allocation> findPage(AllocationFilter filter, long offset, int limit) {
		Where where = Where.of(filter);
		GenericExecuteSpec query = this.db
			.sql("SELECT " + COLUMNS + " FROM allocation" + where.sql() + ORDER + " LIMIT :limit OFFSET :offset")
			.bind("limit", limit)
			.bind("offset", offset);
		return where.bind(query).map(R2dbcAllocationStore::toAllocation).all();
	}

	@Override
	public Flux<Allocation> findAll(AllocationFilter filter) {
		Where where = Where.of(filter);
		return where.bind(this.db.sql("SELECT " + COLUMNS + " FROM allocation" + where.sql() + ORDER))
			.map(R2dbcAllocationStore::toAllocation)
			.all();
	}

	@Override
	public Mono<Long> count(AllocationFilter filter) {
		Where where = Where.of(filter);
		return where.bind(this.db.sql("SELECT count(*) FROM allocation" + where.sql()))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	private static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, T value, Class<T> type) {
		return (value != null) ? spec.bind(name, value) : spec.bindNull(name, type);
	}

	private static Allocation toAllocation(Readable row) {
		InstrumentTerms terms = new InstrumentTerms(row.get("coverage_ratio_pct", Integer.class),
				row.get("fee_discount_bp", Integer.class), row.get("subsidy_rate_bp", Integer.class),
				row.get("term_months", Integer.class));
		List<GrowthStage> stages = Arrays.stream(row.get("stages", String[].class)).map(GrowthStage::valueOf).toList();
		return new Allocation(row.get("id", UUID.class), row.get("fund_id", UUID.class), row.get("title", String.class),
				row.get("channel", String.class), List.of(row.get("regions", String[].class)),
				List.of(row.get("industries", String[].class)), row.get("instrument", String.class), terms, stages,
				row.get("max_employees", Integer.class), row.get("min_ticket", Long.class),
				row.get("max_ticket", Long.class), row.get("amount", Long.class), row.get("committed", Long.class),
				row.get("disbursed", Long.class), AllocationStatus.valueOf(row.get("status", String.class)),
				row.get("created_at", OffsetDateTime.class).toInstant(), row.get("created_by", String.class));
	}

	/**
	 * The WHERE clause of a filter, built from the criteria that are set; values are
	 * always bound, never spliced into the SQL. Region and industry use the arrays' GIN
	 * indexes ({@code @>}).
	 */
	private record Where(String sql, Map<String, Object> values) {

		static Where of(AllocationFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> values = new LinkedHashMap<>();
			if (filter.fundId() != null) {
				conditions.add("fund_id = :fundId");
				values.put("fundId", filter.fundId());
			}
			if (filter.region() != null) {
				conditions.add("regions @> ARRAY[CAST(:region AS text)]");
				values.put("region", filter.region());
			}
			if (filter.industry() != null) {
				conditions.add("industries @> ARRAY[CAST(:industry AS text)]");
				values.put("industry", filter.industry());
			}
			if (filter.instrument() != null) {
				conditions.add("instrument = :instrument");
				values.put("instrument", filter.instrument());
			}
			if (filter.status() != null) {
				conditions.add("status = :status");
				values.put("status", filter.status().name());
			}
			return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
		}

		GenericExecuteSpec bind(GenericExecuteSpec spec) {
			GenericExecuteSpec bound = spec;
			for (Map.Entry<String, Object> value : this.values.entrySet()) {
				bound = bound.bind(value.getKey(), value.getValue());
			}
			return bound;
		}

	}

}
