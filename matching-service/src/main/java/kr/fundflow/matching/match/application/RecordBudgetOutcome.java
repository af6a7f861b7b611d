package kr.fundflow.matching.match.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.matching.match.domain.HistoryEntry;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.errors.RuleViolation;

/**
 * The fund side's answers to an approval: budget committed (COMMITTED) or refused
 * (BUDGET_REJECTED, with the reason shown on the match), and money paid out (DISBURSED).
 * A commitment shrinks the allocation's remaining budget, so its undecided proposals are
 * re-scored, or withdrawn when nothing is left.
 */
@Service
public class RecordBudgetOutcome {

	private final EligibilityIndex index;

	private final MatchStore matches;

	private final ProposeMatches proposeMatches;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public RecordBudgetOutcome(EligibilityIndex index, MatchStore matches, ProposeMatches proposeMatches,
			TransactionalOperator transactions, Clock clock) {
		this.index = index;
		this.matches = matches;
		this.proposeMatches = proposeMatches;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<Void> committed(UUID allocationId, UUID matchId, long amount, long allocationCommitted,
			Instant acceptedAt) {
		// Lock the allocation's matches first, in id order, like every other handler.
		return this.matches.lockMatchesOfAllocation(allocationId)
			.collectList()
			.flatMap(locked -> locked.stream()
				.filter(match -> match.id().equals(matchId))
				.findFirst()
				.map(Mono::just)
				.orElseGet(() -> lockOfAllocation(matchId, allocationId))
				.flatMap(match -> save(match, match.commitmentAccepted(amount, acceptedAt)))
				.then(this.index.recordCommitted(allocationId, allocationCommitted))
				.then(this.index.findAllocation(allocationId))
				// The committed match changed in place; the others are as locked.
				.flatMap(allocation -> this.proposeMatches.reconsiderUndecided(allocation, locked,
						this.clock.instant())))
			.as(this.transactions::transactional);
	}

	public Mono<Void> refused(UUID allocationId, UUID matchId, String reason, long remaining, Instant rejectedAt) {
		return lockOfAllocation(matchId, allocationId)
			.flatMap(match -> save(match, match.commitmentRejected(reason, remaining, rejectedAt)))
			.as(this.transactions::transactional);
	}

	public Mono<Void> disbursed(UUID allocationId, UUID matchId, long matchDisbursed, Instant disbursedAt) {
		return lockOfAllocation(matchId, allocationId)
			.flatMap(match -> save(match, match.disbursed(matchDisbursed, disbursedAt)))
			.as(this.transactions::transactional);
	}

	private Mono<Match> lockOfAllocation(UUID matchId, UUID allocationId) {
		return this.matches.lock(matchId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Match", matchId)))
			.flatMap(match -> match.allocationId().equals(allocationId) ? Mono.just(match)
					: Mono.error(new RuleViolation("allocation-mismatch", "Match " + matchId + " belongs to allocation "
							+ match.allocationId() + ", not " + allocationId)));
	}

	private Mono<Void> save(Match match, Optional<HistoryEntry> change) {
		return change.map(entry -> this.matches.update(match).then(this.matches.appendHistory(match.id(), entry)))
			.orElseGet(Mono::empty);
	}

}
