package kr.fundflow.matching.match.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.matching.match.domain.Allocation;

/**
 * Keeps allocations in the index as the fund side opens, adjusts and closes them, and
 * matches each change against the companies sharing its (region, industry) pairs.
 */
@Service
public class IndexAllocation {

	private final EligibilityIndex index;

	private final MatchStore matches;

	private final ProposeMatches proposeMatches;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public IndexAllocation(EligibilityIndex index, MatchStore matches, ProposeMatches proposeMatches,
			TransactionalOperator transactions, Clock clock) {
		this.index = index;
		this.matches = matches;
		this.proposeMatches = proposeMatches;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A redelivered allocation (known id) changes nothing. */
	public Mono<Void> opened(Allocation allocation, Instant allocatedAt) {
		return this.index.lockPairs(allocation.targets())
			.then(this.index.addAllocation(allocation, allocatedAt))
			.flatMap(
					added -> added ? this.proposeMatches.forAllocation(allocation, this.clock.instant()) : Mono.empty())
			.as(this.transactions::transactional);
	}

	/** An adjustment older than the stored amount changes nothing. */
	public Mono<Void> adjusted(UUID allocationId, long amount, Instant adjustedAt) {
		return known(allocationId)
			.flatMap(allocation -> this.index.lockPairs(allocation.targets())
				.then(this.index.adjustAllocation(allocationId, amount, adjustedAt))
				.flatMap(applied -> applied
						? this.proposeMatches.forAllocation(allocation.withAmount(amount), this.clock.instant())
						: Mono.empty()))
			.as(this.transactions::transactional);
	}

	/** Withdraws the allocation's undecided proposals; decided ones stand. */
	public Mono<Void> closed(UUID allocationId, Instant closedAt) {
		return known(allocationId)
			.flatMap(allocation -> this.index.lockPairs(allocation.targets())
				.then(this.index.closeAllocation(allocationId, closedAt))
				.then(this.matches.forgetNearMissesOfAllocation(allocationId))
				.then(this.matches.lockMatchesOfAllocation(allocationId).collectList())
				.flatMap(locked -> this.proposeMatches.reconsiderUndecided(allocation.closed(), locked,
						this.clock.instant())))
			.as(this.transactions::transactional);
	}

	private Mono<Allocation> known(UUID allocationId) {
		return this.index.findAllocation(allocationId)
			.switchIfEmpty(Mono.error(() -> new UnknownAllocation(allocationId)));
	}

}
