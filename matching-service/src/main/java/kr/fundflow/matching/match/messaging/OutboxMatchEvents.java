package kr.fundflow.matching.match.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.matching.match.application.MatchEvents;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.ReviewOutcome;
import kr.fundflow.platform.outbox.OutboxWriter;

/** Match events go to the outbox in the caller's transaction; key = match id. */
@Component
class OutboxMatchEvents implements MatchEvents {

	private final OutboxWriter outbox;

	OutboxMatchEvents(OutboxWriter outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> proposed(Match match) {
		return this.outbox.append(ContractMapping.toProposed(match), match.updatedAt()).then();
	}

	@Override
	public Mono<Void> withdrawn(Match match) {
		return this.outbox.append(ContractMapping.toWithdrawn(match), match.updatedAt()).then();
	}

	@Override
	public Mono<Void> reviewed(Match match, ReviewOutcome outcome) {
		return this.outbox.append(ContractMapping.toReviewed(match, outcome), outcome.review().at()).then();
	}

}
