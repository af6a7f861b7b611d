package kr.fundflow.matching.match.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Allocations and companies for domain tests, with readable variations. */
final class Candidates {

	static final long EOK = 100_000_000L;

	static final long HUNDRED_EOK = 10_000_000_000L;

	static final Weights DEFAULT_WEIGHTS = new Weights(25, 15, 20, 10, 15, 15);

	static final ScoringPolicy DEFAULT_POLICY = new ScoringPolicy(DEFAULT_WEIGHTS, 50,
			List.of("REGULATION_FREE_ZONE", "TECH_INNOVATION", "INNOBIZ"));

	private Candidates() {
	}

	/** 5억 GYEONGBUK HYDROGEN loan guarantees, tickets 1억–5억, at most 300 employees. */
	static Allocation hydrogenLine() {
		return new Allocation(UUID.fromString("8b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4"),
				UUID.fromString("3f1c2a7e-6a51-4c1e-9a0b-1f2d3c4b5a60"), "포항 수소", "iM뱅크", List.of("GYEONGBUK"),
				List.of("HYDROGEN", "SECONDARY_BATTERY"), "LOAN_GUARANTEE", List.of("STARTUP", "GROWTH", "EXPANSION"),
				300, EOK, 5 * EOK, 5 * EOK, 0, HUNDRED_EOK, AllocationStatus.OPEN);
	}

	/**
	 * A GYEONGBUK HYDROGEN company in GROWTH, 85 employees, demanding 3억 via guarantee.
	 */
	static Company pohang() {
		return new Company("5068212349", "포항수소에너지㈜", "GYEONGBUK", List.of("HYDROGEN"), "GROWTH", 85, 10 * HUNDRED_EOK,
				LocalDate.parse("2019-03-01"), List.of(),
				List.of(new Demand(3 * EOK, "수전해 설비", List.of("LOAN_GUARANTEE"))), 1);
	}

	static Company withRegion(Company company, String region) {
		return new Company(company.brn(), company.name(), region, company.industries(), company.stage(),
				company.employees(), company.annualRevenue(), company.foundedOn(), company.certifications(),
				company.demands(), company.revision());
	}

	static Company withIndustries(Company company, String... industries) {
		return new Company(company.brn(), company.name(), company.region(), List.of(industries), company.stage(),
				company.employees(), company.annualRevenue(), company.foundedOn(), company.certifications(),
				company.demands(), company.revision());
	}

	static Company withStage(Company company, String stage) {
		return new Company(company.brn(), company.name(), company.region(), company.industries(), stage,
				company.employees(), company.annualRevenue(), company.foundedOn(), company.certifications(),
				company.demands(), company.revision() + 1);
	}

	static Company withEmployees(Company company, int employees) {
		return new Company(company.brn(), company.name(), company.region(), company.industries(), company.stage(),
				employees, company.annualRevenue(), company.foundedOn(), company.certifications(), company.demands(),
				company.revision());
	}

	static Company withCertifications(Company company, String... certifications) {
		return new Company(company.brn(), company.name(), company.region(), company.industries(), company.stage(),
				company.employees(), company.annualRevenue(), company.foundedOn(), List.of(certifications),
				company.demands(), company.revision());
	}

	static Company withDemands(Company company, Demand... demands) {
		return new Company(company.brn(), company.name(), company.region(), company.industries(), company.stage(),
				company.employees(), company.annualRevenue(), company.foundedOn(), company.certifications(),
				List.of(demands), company.revision() + 1);
	}

	static Demand demand(long amount, String... instruments) {
		return new Demand(amount, "설비", List.of(instruments));
	}

	static Allocation withTickets(Allocation allocation, Long min, Long max) {
		return new Allocation(allocation.id(), allocation.fundId(), allocation.title(), allocation.channel(),
				allocation.regions(), allocation.industries(), allocation.instrument(), allocation.stages(),
				allocation.maxEmployees(), min, max, allocation.amount(), allocation.committed(),
				allocation.reviewThreshold(), allocation.status());
	}

	static Allocation withStages(Allocation allocation, String... stages) {
		return new Allocation(allocation.id(), allocation.fundId(), allocation.title(), allocation.channel(),
				allocation.regions(), allocation.industries(), allocation.instrument(), List.of(stages),
				allocation.maxEmployees(), allocation.minTicket(), allocation.maxTicket(), allocation.amount(),
				allocation.committed(), allocation.reviewThreshold(), allocation.status());
	}

	static Allocation withMaxEmployees(Allocation allocation, Integer maxEmployees) {
		return new Allocation(allocation.id(), allocation.fundId(), allocation.title(), allocation.channel(),
				allocation.regions(), allocation.industries(), allocation.instrument(), allocation.stages(),
				maxEmployees, allocation.minTicket(), allocation.maxTicket(), allocation.amount(),
				allocation.committed(), allocation.reviewThreshold(), allocation.status());
	}

	static Allocation withReviewThreshold(Allocation allocation, long reviewThreshold) {
		return new Allocation(allocation.id(), allocation.fundId(), allocation.title(), allocation.channel(),
				allocation.regions(), allocation.industries(), allocation.instrument(), allocation.stages(),
				allocation.maxEmployees(), allocation.minTicket(), allocation.maxTicket(), allocation.amount(),
				allocation.committed(), reviewThreshold, allocation.status());
	}

}
