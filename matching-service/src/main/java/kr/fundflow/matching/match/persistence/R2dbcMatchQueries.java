package kr.fundflow.matching.match.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import kr.fundflow.matching.match.application.MatchFilter;
import kr.fundflow.matching.match.application.MatchQueries;
import kr.fundflow.matching.match.application.NearMiss;
import kr.fundflow.matching.match.application.NearMissFilter;
import kr.fundflow.matching.match.application.ReviewRecord;
import kr.fundflow.matching.match.domain.Decision;
import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.MatchStatus;

@Repository
class R2dbcMatchQueries implements MatchQueries {

	/** Rows fetched per round trip when streaming an export. */
	private static final int EXPORT_FETCH_SIZE = 500;

	private final DatabaseClient db;

	R2dbcMatchQueries(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Flux<Match> find(MatchFilter filter, long offset, int limit) {
		Where where = where(filter);
		return where
			.bind(this.db.sql("SELECT " + MatchRows.COLUMNS + " FROM match" + where.sql
					+ " ORDER BY score DESC, id LIMIT :limit OFFSET :offset"))
			.bind("limit", limit)
			.bind("offset", offset)
			.map(MatchRows::toMatch)
			.all();
	}

	@Override
	public Mono<Long> count(MatchFilter filter) {
		Where where = where(filter);
		return where.bind(this.db.sql("SELECT count(*) FROM match" + where.sql))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	@Override
	public Flux<Match> stream(MatchFilter filter) {
		Where where = where(filter);
		return where
			.bind(this.db.sql("SELECT " + MatchRows.COLUMNS + " FROM match" + where.sql + " ORDER BY score DESC, id"))
			.filter(statement -> statement.fetchSize(EXPORT_FETCH_SIZE))
			.map(MatchRows::toMatch)
			.all();
	}

	@Override
	public Mono<Match> findById(UUID matchId) {
		return this.db.sql("SELECT " + MatchRows.COLUMNS + " FROM match WHERE id = :id")
			.bind("id", matchId)
			.map(MatchRows::toMatch)
			.one();
	}

	@Override
	public Flux<ReviewRecord> reviewsOf(Collection<UUID> matchIds) {
		return this.db.sql("""
				SELECT match_id, decision, reason, reviewer, reviewed_at, review_round, status_after, approvals
				FROM match_review WHERE match_id = ANY(:ids) ORDER BY match_id, id""")
			.bind("ids", matchIds.toArray(UUID[]::new))
			.map(row -> new ReviewRecord(row.get("match_id", UUID.class),
					Decision.valueOf(row.get("decision", String.class)), row.get("reason", String.class),
					row.get("reviewer", String.class), MatchRows.instant(row, "reviewed_at"),
					row.get("review_round", Integer.class), MatchStatus.valueOf(row.get("status_after", String.class)),
					row.get("approvals", Integer.class)))
			.all();
	}

	@Override
	public Flux<HistoryEntry> historyOf(UUID matchId) {
		return this.db.sql("""
				SELECT status_before, status_after, actor, reason, occurred_at
				FROM match_history WHERE match_id = :id ORDER BY id""").bind("id", matchId).map(row -> {
			String before = row.get("status_before", String.class);
			return new HistoryEntry((before != null) ? MatchStatus.valueOf(before) : null,
					MatchStatus.valueOf(row.get("status_after", String.class)), row.get("actor", String.class),
					row.get("reason", String.class), MatchRows.instant(row, "occurred_at"));
		}).all();
	}

	@Override
	public Flux<NearMiss> findNearMisses(NearMissFilter filter, long offset, int limit) {
		Where where = where(filter);
		return where
			.bind(this.db.sql("""
					SELECT allocation_id, brn, company_name, region, score, reasons, evaluated_at FROM near_miss"""
					+ where.sql + " ORDER BY score DESC, allocation_id, brn LIMIT :limit OFFSET :offset"))
			.bind("limit", limit)
			.bind("offset", offset)
			.map(row -> new NearMiss(row.get("allocation_id", UUID.class), row.get("brn", String.class),
					row.get("company_name", String.class), row.get("region", String.class),
					row.get("score", Integer.class), JsonColumns.reasons(row.get("reasons", Json.class)),
					MatchRows.instant(row, "evaluated_at")))
			.all();
	}

	@Override
	public Mono<Long> countNearMisses(NearMissFilter filter) {
		Where where = where(filter);
		return where.bind(this.db.sql("SELECT count(*) FROM near_miss" + where.sql))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	@Override
	public Mono<Map<String, Long>> pendingReviewsByRegion() {
		return this.db.sql("SELECT region, count(*) AS pending FROM match WHERE status = 'PROPOSED' GROUP BY region")
			.map(row -> Map.entry(row.get("region", String.class), row.get("pending", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	private static Where where(MatchFilter filter) {
		Where where = new Where();
		where.add("region", filter.region());
		where.add("status", (filter.status() != null) ? filter.status().name() : null);
		where.add("allocation_id", filter.allocationId());
		where.add("brn", filter.brn());
		return where;
	}

	private static Where where(NearMissFilter filter) {
		Where where = new Where();
		where.add("region", filter.region());
		where.add("allocation_id", filter.allocationId());
		where.add("brn", filter.brn());
		return where;
	}

	/** Equality conditions on the filters given, bound by name. */
	private static final class Where {

		private String sql = "";

		private final List<UnaryOperator<GenericExecuteSpec>> bindings = new ArrayList<>();

		void add(String column, Object value) {
			if (value != null) {
				String name = "f_" + column;
				this.sql += (this.sql.isEmpty() ? " WHERE " : " AND ") + column + " = :" + name;
				this.bindings.add(spec -> spec.bind(name, value));
			}
		}

		GenericExecuteSpec bind(GenericExecuteSpec spec) {
			GenericExecuteSpec bound = spec;
			for (UnaryOperator<GenericExecuteSpec> binding : this.bindings) {
				bound = binding.apply(bound);
			}
			return bound;
		}

	}

}
