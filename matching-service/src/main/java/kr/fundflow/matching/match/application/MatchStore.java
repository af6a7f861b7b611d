package kr.fundflow.matching.match.application;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.Evaluation;
import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.ReviewOutcome;

/**
 * Where matches, their reviews and history are kept. The {@code lock} methods take row
 * locks until the transaction ends, always in id order so that concurrent handlers never
 * deadlock.
 */
public interface MatchStore {

	/** The company's matches that hold their pair, locked. */
	Flux<Match> lockMatchesOfCompany(String brn);

	/** The allocation's matches that hold their pair, locked. */
	Flux<Match> lockMatchesOfAllocation(UUID allocationId);

	Mono<Match> lock(UUID matchId);

	/**
	 * Inserts a new proposal; false when its (allocation, company) pair already has one.
	 */
	Mono<Boolean> insert(Match match);

	Mono<Void> update(Match match);

	Mono<Void> appendHistory(UUID matchId, HistoryEntry entry);

	Mono<Void> appendReview(UUID matchId, ReviewOutcome outcome);

	Mono<Void> recordNearMiss(UUID allocationId, Company company, Evaluation evaluation, Instant at);

	Mono<Void> forgetNearMissesOfCompany(String brn);

	Mono<Void> forgetNearMissesOfAllocation(UUID allocationId);

}
