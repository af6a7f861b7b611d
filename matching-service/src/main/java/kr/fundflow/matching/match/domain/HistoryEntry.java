package kr.fundflow.matching.match.domain;

import java.time.Instant;

/**
 * One change in a match's life, by a person or an event: kept immutably.
 *
 * @param before the status before; null for the proposal itself
 * @param actor a reviewer, or the service whose event caused the change
 */
public record HistoryEntry(MatchStatus before, MatchStatus after, String actor, String reason, Instant at) {

}
