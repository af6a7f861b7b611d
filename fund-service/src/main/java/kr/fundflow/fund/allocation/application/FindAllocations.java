package kr.fundflow.fund.allocation.application;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.platform.errors.NotFound;

/**
 * Reads allocations for lists and exports. Filter codes are checked against the reference
 * tables first, so a mistyped region answers 400 instead of an empty list.
 */
@Service
public class FindAllocations {

	private final AllocationStore allocations;

	private final KnownCodesSource codes;

	public FindAllocations(AllocationStore allocations, KnownCodesSource codes) {
		this.allocations = allocations;
		this.codes = codes;
	}

	/** One page of matches and how many there are in all. */
	public record Page(List<Allocation> content, long total) {
	}

	public Mono<Allocation> byId(UUID id) {
		return this.allocations.findById(id).switchIfEmpty(Mono.error(() -> new NotFound("Allocation", id)));
	}

	public Mono<Page> page(AllocationFilter filter, long offset, int limit) {
		return checked(filter).flatMap(valid -> this.allocations.findPage(valid, offset, limit)
			.collectList()
			.zipWith(this.allocations.count(valid), Page::new));
	}

	/**
	 * Checks the filter; the export then streams {@link #all(AllocationFilter)} once the
	 * filter is known to be valid, so that a bad filter is still a clean 400.
	 */
	public Mono<AllocationFilter> checked(AllocationFilter filter) {
		return this.codes.current().map(known -> {
			known.requireKnownFilters(filter.region(), filter.industry(), filter.instrument());
			return filter;
		});
	}

	/** Every match of a checked filter, in list order, streamed from the database. */
	public Flux<Allocation> all(AllocationFilter checkedFilter) {
		return this.allocations.findAll(checkedFilter);
	}

}
