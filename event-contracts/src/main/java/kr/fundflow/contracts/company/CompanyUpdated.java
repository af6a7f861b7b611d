package kr.fundflow.contracts.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * A company's record changed. Carries the whole new state; a consumer that has seen a
 * higher {@code revision} ignores it.
 */
public record CompanyUpdated(String brn, String name, String region, List<String> industries, String stage,
		int employees, long annualRevenue, LocalDate foundedOn, List<String> certifications,
		List<CompanyDemand> demands, long revision, Instant updatedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.brn;
	}

}
