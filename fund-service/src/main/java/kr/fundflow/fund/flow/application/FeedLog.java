package kr.fundflow.fund.flow.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored live feed (the persistence adapter implements it). */
public interface FeedLog {

	/**
	 * Appends a line in the caller's transaction. Call it last: lines become visible in
	 * {@code seq} order, so the transaction holds a feed-wide lock from here until it
	 * ends.
	 */
	Mono<Void> append(FeedEntry entry);

	/** The newest {@code count} lines (of one fund, if given), oldest first. */
	Flux<FeedEntry> latest(Optional<UUID> fundId, int count);

	/** Up to {@code limit} lines after {@code seq} (of one fund, if given), in order. */
	Flux<FeedEntry> after(Optional<UUID> fundId, long seq, int limit);

	/**
	 * Deletes the lines that happened before {@code cutoff}, except each fund's newest
	 * {@code keepPerFund}; how many went.
	 */
	Mono<Long> deleteOlderThan(Instant cutoff, int keepPerFund);

}
