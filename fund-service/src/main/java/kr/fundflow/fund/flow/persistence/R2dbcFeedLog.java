package kr.fundflow.fund.flow.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.flow.application.FeedEntry;
import kr.fundflow.fund.flow.application.FeedLog;
import kr.fundflow.fund.flow.domain.FeedMessage;

@Repository
class R2dbcFeedLog implements FeedLog {

	/**
	 * The advisory lock that serialises feed writers: a transaction takes it just before
	 * its insert and holds it to its end, so that no line becomes visible before a line
	 * with a smaller {@code seq} (identity values are handed out before commit, and
	 * commits would otherwise overtake each other). Readers can then follow the feed with
	 * "seq greater than the last one seen" and never skip a line.
	 */
	private static final long FEED_WRITE_LOCK = 0x66_6c_6f_77_66_65_65_64L;

	private static final String COLUMNS = "seq, event_id, occurred_at, type, fund_id, allocation_id, match_id, region, "
			+ "amount, message_ko, message_en";

	private final DatabaseClient db;

	R2dbcFeedLog(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<Void> append(FeedEntry entry) {
		Mono<Integer> lock = this.db.sql("SELECT 1 AS locked FROM pg_advisory_xact_lock(:key)")
			.bind("key", FEED_WRITE_LOCK)
			.map(row -> 1)
			.one();
		Mono<Long> insert = this.db
			.sql("INSERT INTO feed_event (event_id, occurred_at, type, fund_id, allocation_id, match_id, region, "
					+ "amount, message_ko, message_en) VALUES (:eventId, :occurredAt, :type, :fundId, :allocationId, "
					+ ":matchId, :region, :amount, :messageKo, :messageEn)")
			.bind("eventId", entry.eventId())
			.bind("occurredAt", entry.at().atOffset(ZoneOffset.UTC))
			.bind("type", entry.type())
			.bind("fundId", entry.fundId())
			.bind("allocationId", Parameter.fromOrEmpty(entry.allocationId(), UUID.class))
			.bind("matchId", Parameter.fromOrEmpty(entry.matchId(), UUID.class))
			.bind("region", Parameter.fromOrEmpty(entry.region(), String.class))
			.bind("amount", Parameter.fromOrEmpty(entry.amount(), Long.class))
			.bind("messageKo", entry.message().ko())
			.bind("messageEn", entry.message().en())
			.fetch()
			.rowsUpdated();
		return lock.then(insert).then();
	}

	@Override
	public Flux<FeedEntry> latest(Optional<UUID> fundId, int count) {
		GenericExecuteSpec query = this.db
			.sql("SELECT " + COLUMNS + " FROM feed_event" + fundFilter(" WHERE", fundId)
					+ " ORDER BY seq DESC LIMIT :limit")
			.bind("limit", count);
		return withFund(query, fundId).map(R2dbcFeedLog::toEntry).all().collectList().flatMapMany(newestFirst -> {
			List<FeedEntry> oldestFirst = new ArrayList<>(newestFirst);
			Collections.reverse(oldestFirst);
			return Flux.fromIterable(oldestFirst);
		});
	}

	@Override
	public Flux<FeedEntry> after(Optional<UUID> fundId, long seq, int limit) {
		GenericExecuteSpec query = this.db
			.sql("SELECT " + COLUMNS + " FROM feed_event WHERE seq > :seq" + fundFilter(" AND", fundId)
					+ " ORDER BY seq LIMIT :limit")
			.bind("seq", seq)
			.bind("limit", limit);
		return withFund(query, fundId).map(R2dbcFeedLog::toEntry).all();
	}

	private static String fundFilter(String keyword, Optional<UUID> fundId) {
		return fundId.isPresent() ? keyword + " fund_id = :fundId" : "";
	}

	private static GenericExecuteSpec withFund(GenericExecuteSpec query, Optional<UUID> fundId) {
		return fundId.isPresent() ? query.bind("fundId", fundId.get()) : query;
	}

	private static FeedEntry toEntry(Readable row) {
		return new FeedEntry(row.get("seq", Long.class), row.get("event_id", UUID.class), row.get("type", String.class),
				row.get("occurred_at", OffsetDateTime.class).toInstant(), row.get("fund_id", UUID.class),
				row.get("allocation_id", UUID.class), row.get("match_id", UUID.class), row.get("region", String.class),
				row.get("amount", Long.class),
				new FeedMessage(row.get("message_ko", String.class), row.get("message_en", String.class)));
	}

	@Override
	public Mono<Long> deleteOlderThan(Instant cutoff, int keepPerFund) {
		// readers follow "seq greater than the last seen": removing old lines never
		// makes one skip a newer line
		return this.db
			.sql("DELETE FROM feed_event old WHERE old.occurred_at < :cutoff AND old.seq < ALL (SELECT newest.seq "
					+ "FROM feed_event newest WHERE newest.fund_id = old.fund_id ORDER BY newest.seq DESC LIMIT :keep)")
			.bind("cutoff", cutoff.atOffset(ZoneOffset.UTC))
			.bind("keep", keepPerFund)
			.fetch()
			.rowsUpdated();
	}

}
