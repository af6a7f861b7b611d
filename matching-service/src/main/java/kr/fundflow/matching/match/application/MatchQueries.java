package kr.fundflow.matching.match.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;

/** Reads of matches for people (the persistence adapter implements it). */
public interface MatchQueries {

	/** A page sorted by score (highest first), then id. */
	Flux<Match> find(MatchFilter filter, long offset, int limit);

	Mono<Long> count(MatchFilter filter);

	/** Every match of the filter in list order, streamed from the database. */
	Flux<Match> stream(MatchFilter filter);

	Mono<Match> findById(UUID matchId);

	/** Reviews of these matches, oldest first per match. */
	Flux<ReviewRecord> reviewsOf(Collection<UUID> matchIds);

	Flux<HistoryEntry> historyOf(UUID matchId);

	/** A page sorted by score (highest first), then allocation and company. */
	Flux<NearMiss> findNearMisses(NearMissFilter filter, long offset, int limit);

	Mono<Long> countNearMisses(NearMissFilter filter);

	/** PROPOSED matches (awaiting a working group's decision) per region. */
	Mono<Map<String, Long>> pendingReviewsByRegion();

}
