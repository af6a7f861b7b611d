package kr.fundflow.matching.match.messaging;

import java.time.LocalDate;
import java.util.List;

import kr.fundflow.contracts.company.CompanyDemand;
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.matching.MatchProposed;
import kr.fundflow.contracts.matching.MatchReason;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.contracts.matching.MatchWithdrawn;
import kr.fundflow.matching.match.domain.Allocation;
import kr.fundflow.matching.match.domain.AllocationStatus;
import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.Demand;
import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.ReviewOutcome;

/**
 * The anti-corruption layer: contract records become this service's own types on the way
 * in, and matches become contract records on the way out. Nothing past this class sees a
 * contract record.
 */
final class ContractMapping {

	/** SPEC §2: four eyes at or above 100억 unless the fund says otherwise. */
	static final long DEFAULT_REVIEW_THRESHOLD = 10_000_000_000L;

	private ContractMapping() {
	}

	/** A new allocation is open and has nothing committed. */
	static Allocation toAllocation(FundAllocated event) {
		return new Allocation(event.allocationId(), event.fundId(), event.title(), event.channel(),
				orEmpty(event.regions()), orEmpty(event.industries()), event.instrument(), orEmpty(event.stages()),
				event.maxEmployees(), event.minTicket(), event.maxTicket(), event.amount(), 0,
				(event.reviewThreshold() > 0) ? event.reviewThreshold() : DEFAULT_REVIEW_THRESHOLD,
				AllocationStatus.OPEN);
	}

	static Company toCompany(CompanyRegistered event) {
		return company(event.brn(), event.name(), event.region(), event.industries(), event.stage(), event.employees(),
				event.annualRevenue(), event.foundedOn(), event.certifications(), event.demands(), event.revision());
	}

	static Company toCompany(CompanyUpdated event) {
		return company(event.brn(), event.name(), event.region(), event.industries(), event.stage(), event.employees(),
				event.annualRevenue(), event.foundedOn(), event.certifications(), event.demands(), event.revision());
	}

	private static Company company(String brn, String name, String region, List<String> industries, String stage,
			int employees, long annualRevenue, LocalDate foundedOn, List<String> certifications,
			List<CompanyDemand> demands, long revision) {
		List<Demand> ownDemands = orEmpty(demands).stream()
			.map(demand -> new Demand(demand.amount(), demand.purpose(), orEmpty(demand.instruments())))
			.toList();
		return new Company(brn, name, region, orEmpty(industries), stage, employees, annualRevenue, foundedOn,
				orEmpty(certifications), ownDemands, revision);
	}

	static MatchProposed toProposed(Match match) {
		List<MatchReason> reasons = match.reasons()
			.stream()
			.map(reason -> new MatchReason(reason.rule(), reason.outcome().name(), reason.points(), reason.detail()))
			.toList();
		return new MatchProposed(match.id(), match.allocationId(), match.fundId(), match.brn(), match.companyName(),
				match.region(), match.industry(), match.instrument(), match.stage(), match.amount(), match.score(),
				reasons, match.proposedAt());
	}

	static MatchWithdrawn toWithdrawn(Match match) {
		return new MatchWithdrawn(match.id(), match.allocationId(), match.fundId(), match.brn(), match.region(),
				match.industry(), match.amount(), match.withdrawalReason(), match.updatedAt());
	}

	static MatchReviewed toReviewed(Match match, ReviewOutcome outcome) {
		return new MatchReviewed(match.id(), match.allocationId(), match.fundId(), match.brn(), match.region(),
				match.industry(), match.instrument(), match.stage(), match.amount(), outcome.review().decision().name(),
				outcome.status().name(), outcome.review().reviewer(), outcome.review().reason(), outcome.approvals(),
				outcome.review().at());
	}

	private static <T> List<T> orEmpty(List<T> values) {
		return (values != null) ? values : List.of();
	}

}
