package kr.fundflow.matching.match.application;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.RegionIndustry;

/**
 * Takes a registered or updated company into the index and matches it against the open
 * allocations sharing a (region, industry) pair with it. A state whose revision is not
 * newer than the stored one changes nothing, so redeliveries and stale updates are
 * harmless.
 */
@Service
public class IndexCompany {

	private final EligibilityIndex index;

	private final ProposeMatches proposeMatches;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public IndexCompany(EligibilityIndex index, ProposeMatches proposeMatches, TransactionalOperator transactions,
			Clock clock) {
		this.index = index;
		this.proposeMatches = proposeMatches;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<Void> apply(Company company) {
		return this.index.findCompany(company.brn())
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(previous -> {
				// Old pairs too: an allocation indexed meanwhile in a pair the company
				// leaves
				// must not propose to it behind this update's back.
				Set<RegionIndustry> pairs = new LinkedHashSet<>(company.targets());
				previous.ifPresent(known -> pairs.addAll(known.targets()));
				return this.index.lockPairs(pairs)
					.then(this.index.storeCompany(company, this.clock.instant()))
					.flatMap(stored -> stored
							? this.proposeMatches.forCompany(company, previous.isPresent(), this.clock.instant())
							: Mono.empty());
			})
			.as(this.transactions::transactional);
	}

}
