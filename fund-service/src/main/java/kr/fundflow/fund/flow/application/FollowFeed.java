package kr.fundflow.fund.flow.application;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import kr.fundflow.fund.fund.application.FundStore;

/**
 * The live feed for one connection: the lines after {@code Last-Event-ID}, or the latest
 * {@code fundflow.feed.backlog} (20) without one, then every new line as it is stored.
 * <p>
 * Each connection reads the stored feed itself every {@code fundflow.feed.poll-interval}
 * (250 ms), so every instance serves every line whichever instance's consumer wrote it,
 * and nothing lives only in memory. A connection holds a cursor and at most one page
 * ({@value #PAGE} lines) at a time; a slow client gets the next page only when it has
 * taken this one, and polls it misses are skipped, not queued.
 */
@Service
public class FollowFeed {

	static final int PAGE = 100;

	private final FeedLog feed;

	private final FundStore funds;

	private final Duration pollInterval;

	private final int backlog;

	public FollowFeed(FeedLog feed, FundStore funds,
			@Value("${fundflow.feed.poll-interval:250ms}") Duration pollInterval,
			@Value("${fundflow.feed.backlog:20}") int backlog) {
		this.feed = feed;
		this.funds = funds;
		this.pollInterval = pollInterval;
		this.backlog = backlog;
	}

	/**
	 * Lines of one fund (an unknown fund is a 404, signalled before any line) or of all,
	 * endless.
	 */
	public Flux<FeedEntry> follow(Optional<UUID> fundId, OptionalLong lastEventId) {
		Mono<Void> known = fundId.map(id -> FundLookup.existing(this.funds, id).then()).orElse(Mono.empty());
		return known.thenMany(Flux.defer(() -> {
			AtomicLong cursor = new AtomicLong(lastEventId.orElse(0));
			Flux<FeedEntry> start = lastEventId.isPresent() ? Flux.empty()
					: this.feed.latest(fundId, this.backlog).doOnNext(line -> cursor.set(line.seq()));
			Flux<FeedEntry> live = Flux.interval(Duration.ZERO, this.pollInterval)
				.onBackpressureDrop()
				.concatMap(tick -> linesAfter(fundId, cursor), 1);
			return start.concatWith(live);
		}));
	}

	/** Every stored line after the cursor, a page at a time, moving the cursor along. */
	private Flux<FeedEntry> linesAfter(Optional<UUID> fundId, AtomicLong cursor) {
		return this.feed.after(fundId, cursor.get(), PAGE).collectList().flatMapMany(page -> {
			if (page.isEmpty()) {
				return Flux.empty();
			}
			cursor.set(page.get(page.size() - 1).seq());
			Flux<FeedEntry> rest = (page.size() == PAGE) ? Flux.defer(() -> linesAfter(fundId, cursor)) : Flux.empty();
			return Flux.fromIterable(page).concatWith(rest);
		});
	}

}
