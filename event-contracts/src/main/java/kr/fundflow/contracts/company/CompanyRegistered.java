package kr.fundflow.contracts.company;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * A company joined the registry. Carries the whole state so that consumers need no call
 * back. {@code revision} starts at 1 and grows with every update.
 */
public record CompanyRegistered(String brn, String name, String region, List<String> industries, String stage,
		int employees, long annualRevenue, LocalDate foundedOn, List<String> certifications,
		List<CompanyDemand> demands, long revision, Instant registeredAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.brn;
	}

}
