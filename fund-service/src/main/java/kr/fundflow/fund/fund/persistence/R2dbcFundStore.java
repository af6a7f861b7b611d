package kr.fundflow.fund.fund.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.fund.application.FundStore;
import kr.fundflow.fund.fund.domain.Fund;

@Repository
class R2dbcFundStore implements FundStore {

	private static final String COLUMNS = "id, name, total_cap, period_start, period_end, regional_minimum, ai_minimum, "
			+ "review_threshold, created_at, created_by";

	private final DatabaseClient db;

	R2dbcFundStore(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<Fund> insert(Fund fund) {
		return this.db
			.sql("INSERT INTO fund (" + COLUMNS + ") VALUES (:id, :name, :totalCap, :periodStart, "
					+ ":periodEnd, :regionalMinimum, :aiMinimum, :reviewThreshold, :createdAt, :createdBy)")
			.bind("id", fund.id())
			.bind("name", fund.name())
			.bind("totalCap", fund.totalCap())
			.bind("periodStart", fund.periodStart())
			.bind("periodEnd", fund.periodEnd())
			.bind("regionalMinimum", fund.regionalMinimum())
			.bind("aiMinimum", fund.aiMinimum())
			.bind("reviewThreshold", fund.reviewThreshold())
			.bind("createdAt", fund.createdAt().atOffset(ZoneOffset.UTC))
			.bind("createdBy", fund.createdBy())
			.fetch()
			.rowsUpdated()
			.thenReturn(fund);
	}

	@Override
	public Mono<Fund> findById(UUID id) {
		return this.db.sql("SELECT " + COLUMNS + " FROM fund WHERE id = :id")
			.bind("id", id)
			.map(R2dbcFundStore::toFund)
			.one();
	}

	@Override
	public Flux<Fund> findPage(int offset, int limit) {
		return this.db.sql("SELECT " + COLUMNS + " FROM fund ORDER BY created_at, id LIMIT :limit OFFSET :offset")
			.bind("limit", limit)
			.bind("offset", offset)
			.map(R2dbcFundStore::toFund)
			.all();
	}

	@Override
	public Mono<Long> count() {
		return this.db.sql("SELECT count(*) FROM fund").map(row -> row.get(0, Long.class)).one();
	}

	private static Fund toFund(Readable row) {
		return new Fund(row.get("id", UUID.class), row.get("name", String.class), row.get("total_cap", Long.class),
				row.get("period_start", LocalDate.class), row.get("period_end", LocalDate.class),
				row.get("regional_minimum", Long.class), row.get("ai_minimum", Long.class),
				row.get("review_threshold", Long.class), row.get("created_at", OffsetDateTime.class).toInstant(),
				row.get("created_by", String.class));
	}

}
