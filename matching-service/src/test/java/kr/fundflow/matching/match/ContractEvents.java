package kr.fundflow.matching.match;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import kr.fundflow.contracts.company.CompanyDemand;
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.contracts.fund.AllocationTerms;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.fund.FundsDisbursed;

/** Contract events as fund-service and company-service would publish them. */
public final class ContractEvents {

	public static final UUID FUND = UUID.fromString("3f1c2a7e-6a51-4c1e-9a0b-1f2d3c4b5a60");

	public static final long EOK = 100_000_000L;

	public static final long HUNDRED_EOK = 10_000_000_000L;

	private static final List<String> ALL_STAGES = List.of("STARTUP", "GROWTH", "EXPANSION", "LEAP");

	private ContractEvents() {
	}

	/** A fresh 10-digit business registration number. */
	public static String brn() {
		return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
	}

	public static FundAllocated allocation(String region, String industry, String instrument, long amount,
			long minTicket, long maxTicket) {
		return new FundAllocated(UUID.randomUUID(), FUND, region + " " + industry + " 지원", "iM뱅크", List.of(region),
				List.of(industry), instrument, new AllocationTerms(100, 30, null, null), ALL_STAGES, 300, minTicket,
				maxTicket, amount, HUNDRED_EOK, Instant.parse("2026-01-05T01:30:00Z"));
	}

	/** The same allocation allowing only these stages. */
	public static FundAllocated withStages(FundAllocated allocation, List<String> stages) {
		return new FundAllocated(allocation.allocationId(), allocation.fundId(), allocation.title(),
				allocation.channel(), allocation.regions(), allocation.industries(), allocation.instrument(),
				allocation.terms(), stages, allocation.maxEmployees(), allocation.minTicket(), allocation.maxTicket(),
				allocation.amount(), allocation.reviewThreshold(), allocation.allocatedAt());
	}

	public static CompanyRegistered company(String brn, String name, String region, String industry, long demand,
			String instrument) {
		return new CompanyRegistered(brn, name, region, List.of(industry), "GROWTH", 85, 10_000_000_000L,
				LocalDate.parse("2019-03-01"), List.of("INNOBIZ"),
				List.of(new CompanyDemand(demand, "생산설비 증설", List.of(instrument))), 1,
				Instant.parse("2026-01-10T00:00:00Z"));
	}

	public static CompanyUpdated update(CompanyRegistered company, long revision, String stage, long demand) {
		return new CompanyUpdated(company.brn(), company.name(), company.region(), company.industries(), stage,
				company.employees(), company.annualRevenue(), company.foundedOn(), company.certifications(),
				List.of(new CompanyDemand(demand, "생산설비 증설", company.demands().get(0).instruments())), revision,
				Instant.parse("2026-02-01T00:00:00Z"));
	}

	public static CommitmentAccepted accepted(FundAllocated allocation, UUID matchId, String brn, long amount,
			long allocationCommitted) {
		return new CommitmentAccepted(UUID.randomUUID(), allocation.allocationId(), allocation.fundId(), matchId, brn,
				amount, allocationCommitted, Instant.parse("2026-02-10T05:00:00Z"));
	}

	public static CommitmentRejected rejected(FundAllocated allocation, UUID matchId, String brn, long amount,
			long remaining, String reason) {
		return new CommitmentRejected(allocation.allocationId(), allocation.fundId(), matchId, brn, amount, remaining,
				reason, Instant.parse("2026-02-10T05:00:01Z"));
	}

	public static FundsDisbursed disbursed(FundAllocated allocation, UUID matchId, String brn, long amount,
			long matchDisbursed, long matchCommitted) {
		return new FundsDisbursed(UUID.randomUUID(), allocation.allocationId(), allocation.fundId(), matchId, brn,
				amount, matchDisbursed, matchCommitted, Instant.parse("2026-03-15T02:00:00Z"));
	}

}
