package kr.fundflow.matching.match.application;

import reactor.core.publisher.Mono;

import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.ReviewOutcome;

/**
 * What the match capability announces. The messaging adapter writes it to the outbox
 * within the caller's transaction, so a change and its event commit together.
 */
public interface MatchEvents {

	/** A new proposal, or a proposal re-stated with a new amount or score. */
	Mono<Void> proposed(Match match);

	Mono<Void> withdrawn(Match match);

	Mono<Void> reviewed(Match match, ReviewOutcome outcome);

}
