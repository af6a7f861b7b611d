package kr.fundflow.matching.match.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.matching.match.domain.Allocation;
import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.Evaluation;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.MatchEvaluator;
import kr.fundflow.matching.match.domain.MatchStatus;
import kr.fundflow.matching.match.domain.Reevaluation;
import kr.fundflow.matching.match.domain.Regions;

/**
 * Evaluates a changed company against the allocations it can match, or a changed
 * allocation against the companies it can fund, and settles each pair: a new proposal, a
 * re-scored or withdrawn one, or a recorded near miss. Callers hold the pair locks; this
 * class locks the matches it may change. Runs inside the caller's transaction.
 */
@Service
public class ProposeMatches {

	private final EligibilityIndex index;

	private final MatchStore matches;

	private final MatchEvents events;

	private final RegionDirectory regions;

	private final MatchEvaluator evaluator;

	public ProposeMatches(EligibilityIndex index, MatchStore matches, MatchEvents events, RegionDirectory regions,
			MatchEvaluator evaluator) {
		this.index = index;
		this.matches = matches;
		this.events = events;
		this.regions = regions;
		this.evaluator = evaluator;
	}

	/**
	 * @param companyUpdated whether this is an update of a known company (which answers a
	 * request for information)
	 */
	public Mono<Void> forCompany(Company company, boolean companyUpdated, Instant at) {
		return this.regions.regions()
			.flatMap(regions -> this.matches.lockMatchesOfCompany(company.brn())
				.collectMap(Match::allocationId, Function.identity())
				.flatMap(existing -> this.matches.forgetNearMissesOfCompany(company.brn())
					// Candidates are read to the end first: the transaction's connection
					// runs one
					// statement at a time, so settling a pair while their rows still
					// stream in
					// would wait forever once there are more rows than the stream
					// prefetches.
					.thenMany(this.index.allocationsFor(company).collectList().flatMapIterable(Function.identity()))
					.concatMap(allocation -> settle(allocation, company, existing.get(allocation.id()), companyUpdated,
							regions, at))
					.then()));
	}

	/**
	 * Every candidate company of the allocation, after it was opened or its amount
	 * changed.
	 */
	public Mono<Void> forAllocation(Allocation allocation, Instant at) {
		return this.regions.regions()
			.flatMap(regions -> this.matches.lockMatchesOfAllocation(allocation.id())
				.collectMap(Match::brn, Function.identity())
				.flatMap(existing -> this.matches.forgetNearMissesOfAllocation(allocation.id())
					.thenMany(this.index.companiesFor(allocation).collectList().flatMapIterable(Function.identity()))
					.concatMap(company -> settle(allocation, company, existing.get(company.brn()), false, regions, at))
					.then()));
	}

	/**
	 * Only the allocation's undecided matches, given locked: enough when its remaining
	 * budget shrank or it closed, since no new candidate can qualify then.
	 */
	public Mono<Void> reconsiderUndecided(Allocation allocation, List<Match> lockedMatches, Instant at) {
		Map<String, Match> undecided = lockedMatches.stream()
			.filter(match -> match.status().awaitsDecision())
			.collect(java.util.stream.Collectors.toMap(Match::brn, Function.identity()));
		if (undecided.isEmpty()) {
			return Mono.empty();
		}
		return this.regions.regions()
			.flatMap(regions -> Flux.fromIterable(undecided.values())
				.concatMap(match -> this.index.findCompany(match.brn())
					.flatMap(company -> settle(allocation, company, match, false, regions, at)))
				.then());
	}

	private Mono<Void> settle(Allocation allocation, Company company, Match existing, boolean companyUpdated,
			Regions regions, Instant at) {
		Evaluation evaluation = this.evaluator.evaluate(allocation, company, regions.isCapitalArea(company.region()));
		if (existing == null) {
			if (evaluation.proposable()) {
				return propose(allocation, company, evaluation, at);
			}
			return evaluation.nearMiss() ? this.matches.recordNearMiss(allocation.id(), company, evaluation, at)
					: Mono.empty();
		}
		Reevaluation reevaluation = existing.reevaluate(evaluation, company, allocation, companyUpdated, at);
		if (!reevaluation.changed()) {
			return Mono.empty();
		}
		Mono<Void> history = (reevaluation.change() != null)
				? this.matches.appendHistory(existing.id(), reevaluation.change()) : Mono.empty();
		return this.matches.update(existing)
			.then(history)
			.then(announce(existing, reevaluation))
			.then(Mono.defer(() -> (reevaluation.kind() == Reevaluation.Kind.WITHDRAWN && evaluation.nearMiss())
					? this.matches.recordNearMiss(allocation.id(), company, evaluation, at) : Mono.empty()));
	}

	private Mono<Void> propose(Allocation allocation, Company company, Evaluation evaluation, Instant at) {
		Match match = Match.propose(UUID.randomUUID(), allocation, company, evaluation, at);
		// The unique pair index is the last word on "one proposal per pair".
		return this.matches.insert(match)
			.flatMap(inserted -> inserted
					? this.matches.appendHistory(match.id(), match.proposal()).then(this.events.proposed(match))
					: Mono.empty());
	}

	private Mono<Void> announce(Match match, Reevaluation reevaluation) {
		return switch (reevaluation.kind()) {
			case WITHDRAWN -> this.events.withdrawn(match);
			case RESCORED, RETURNED_TO_PROPOSED ->
				(match.status() == MatchStatus.PROPOSED) ? this.events.proposed(match) : Mono.empty();
			case UNCHANGED, REVISED -> Mono.empty();
		};
	}

}
