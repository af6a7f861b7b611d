package kr.fundflow.fund.flow.application;

import java.time.Instant;
import java.util.UUID;

import kr.fundflow.fund.flow.domain.FeedMessage;

/**
 * One line of the live feed. {@code seq} orders the feed (and is the SSE event id); it is
 * null until stored. {@code allocationId}, {@code matchId}, {@code region} and
 * {@code amount} are null when the event has none.
 */
public record FeedEntry(Long seq, UUID eventId, String type, Instant at, UUID fundId, UUID allocationId, UUID matchId,
		String region, Long amount, FeedMessage message) {

}
