package kr.fundflow.matching.match.application;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.matching.match.domain.Allocation;
import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.RegionIndustry;

/**
 * matching-service's own copy of allocations and companies, keyed by (region, industry)
 * so that candidates are found without scanning (the persistence adapter implements it).
 */
public interface EligibilityIndex {

	/**
	 * Serialises, until the transaction ends, every change that touches one of these
	 * pairs: a company and an allocation indexed at the same moment still meet, because
	 * the second sees the first.
	 */
	Mono<Void> lockPairs(Collection<RegionIndustry> pairs);

	/** Adds an open allocation; false when it was already known (a redelivery). */
	Mono<Boolean> addAllocation(Allocation allocation, Instant allocatedAt);

	Mono<Allocation> findAllocation(UUID allocationId);

	/**
	 * Sets the amount; false when a newer amount (by {@code asOf}) is already stored.
	 */
	Mono<Boolean> adjustAllocation(UUID allocationId, long amount, Instant asOf);

	/** Closes the allocation and takes it out of candidate lookups. */
	Mono<Void> closeAllocation(UUID allocationId, Instant closedAt);

	/** Records the fund side's committed total; it only ever grows. */
	Mono<Void> recordCommitted(UUID allocationId, long committed);

	Mono<Company> findCompany(String brn);

	/**
	 * Stores the company and its pairs; false (and nothing changes) when the stored
	 * revision is not lower.
	 */
	Mono<Boolean> storeCompany(Company company, Instant at);

	/**
	 * Open allocations sharing a pair with the company, and the allocations of its
	 * undecided matches (which may have to be withdrawn).
	 */
	Flux<Allocation> allocationsFor(Company company);

	/**
	 * Companies sharing a pair with the allocation, and the companies of its undecided
	 * matches.
	 */
	Flux<Company> companiesFor(Allocation allocation);

}
