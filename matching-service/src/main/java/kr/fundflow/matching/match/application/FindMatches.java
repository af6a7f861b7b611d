package kr.fundflow.matching.match.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.platform.errors.Forbidden;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Role;

/**
 * Lists and shows matches, scoped to the caller: a working group sees only its own
 * region's matches, whatever region it asks for; another region's match does not exist
 * for it (404). Ministries and operators see all.
 */
@Service
public class FindMatches {

	private final MatchQueries queries;

	private final RegionDirectory regions;

	public FindMatches(MatchQueries queries, RegionDirectory regions) {
		this.queries = queries;
		this.regions = regions;
	}

	public Mono<Page<MatchDetails>> list(Caller caller, MatchFilter requested, long offset, int limit) {
		return scoped(caller, requested).flatMap(filter -> this.queries.find(filter, offset, limit)
			.collectList()
			.flatMap(this::withReviews)
			.zipWith(this.queries.count(filter), Page::new));
	}

	/**
	 * Every match of the filter, for export, streamed from the database. The outer Mono
	 * fails on a bad filter before anything is streamed.
	 */
	public Mono<Flux<Match>> export(Caller caller, MatchFilter requested) {
		return scoped(caller, requested).map(this.queries::stream);
	}

	public Mono<MatchDetails> get(Caller caller, UUID matchId) {
		return this.queries.findById(matchId)
			.filter(match -> caller.canSeeRegion(match.region()))
			.switchIfEmpty(Mono.error(() -> new NotFound("Match", matchId)))
			.flatMap(match -> this.queries.reviewsOf(List.of(matchId))
				.collectList()
				.zipWith(this.queries.historyOf(matchId).collectList(),
						(reviews, history) -> new MatchDetails(match, reviews, history)));
	}

	public Mono<Page<NearMiss>> nearMisses(Caller caller, NearMissFilter requested, long offset, int limit) {
		return scopedRegion(caller, requested.region()).map(region -> requested.withRegion(region.orElse(null)))
			.flatMap(filter -> this.queries.findNearMisses(filter, offset, limit)
				.collectList()
				.zipWith(this.queries.countNearMisses(filter), Page::new));
	}

	private Mono<MatchFilter> scoped(Caller caller, MatchFilter requested) {
		return scopedRegion(caller, requested.region()).map(region -> requested.withRegion(region.orElse(null)));
	}

	/**
	 * The region to filter by: the caller's own for a working group, else the one asked
	 * for.
	 */
	private Mono<Optional<String>> scopedRegion(Caller caller, String requestedRegion) {
		return this.regions.regions().map(known -> {
			if (requestedRegion != null && !known.contains(requestedRegion)) {
				throw new InvalidInput("region", "Unknown region " + requestedRegion);
			}
			if (caller.is(Role.WORKING_GROUP)) {
				return Optional.of(caller.region()
					.orElseThrow(() -> new Forbidden("A working-group token must carry a region claim")));
			}
			return Optional.ofNullable(requestedRegion);
		});
	}

	private Mono<List<MatchDetails>> withReviews(List<Match> matches) {
		if (matches.isEmpty()) {
			return Mono.just(List.of());
		}
		return this.queries.reviewsOf(matches.stream().map(Match::id).toList())
			.collect(Collectors.groupingBy(ReviewRecord::matchId))
			.map((Map<UUID, List<ReviewRecord>> reviews) -> matches.stream()
				.map(match -> new MatchDetails(match, reviews.getOrDefault(match.id(), List.of()), List.of()))
				.toList());
	}

}
