package kr.fundflow.fund.flow.application;

import java.time.Clock;
import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Keeps the stored live feed from growing without end: lines older than
 * {@code fundflow.feed.retention} (30 days) go, except each fund's newest
 * {@code fundflow.feed.backlog} (20), which a new connection shows first. The figures do
 * not depend on the feed: they come from the flow entries, which are kept for good.
 */
@Service
public class TrimFeed {

	private final FeedLog feed;

	private final Clock clock;

	private final Duration retention;

	private final int backlog;

	public TrimFeed(FeedLog feed, Clock clock, @Value("${fundflow.feed.retention:30d}") Duration retention,
			@Value("${fundflow.feed.backlog:20}") int backlog) {
		this.feed = feed;
		this.clock = clock;
		this.retention = retention;
		this.backlog = backlog;
	}

	/** One round; how many lines went. */
	public Mono<Long> trim() {
		return this.feed.deleteOlderThan(this.clock.instant().minus(this.retention), this.backlog);
	}

}
