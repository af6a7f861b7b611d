package kr.fundflow.matching.match.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.matching.match.domain.Decision;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.Review;
import kr.fundflow.platform.errors.Forbidden;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Role;

/**
 * A working-group member reviews a match of its own region: the review is stored
 * immutably, the match moves on, and MatchReviewed is announced, all in one transaction.
 * Another region's match does not exist for the member (404).
 */
@Service
public class ReviewMatch {

	private final MatchStore matches;

	private final MatchEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public ReviewMatch(MatchStore matches, MatchEvents events, TransactionalOperator transactions, Clock clock) {
		this.matches = matches;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<Match> review(Caller caller, UUID matchId, Decision decision, String reason) {
		return Mono.defer(() -> {
			if (!caller.is(Role.WORKING_GROUP)) {
				throw new Forbidden("Only a regional working group reviews matches");
			}
			Review review = new Review(decision, reason, caller.subject(), this.clock.instant());
			return this.matches.lock(matchId)
				.filter(match -> caller.canSeeRegion(match.region()))
				.switchIfEmpty(Mono.error(() -> new NotFound("Match", matchId)))
				.flatMap(match -> {
					var outcome = match.review(review);
					return this.matches.update(match)
						.then(this.matches.appendReview(match.id(), outcome))
						.then(this.matches.appendHistory(match.id(), outcome.change()))
						.then(this.events.reviewed(match, outcome))
						.thenReturn(match);
				})
				.as(this.transactions::transactional);
		});
	}

}
