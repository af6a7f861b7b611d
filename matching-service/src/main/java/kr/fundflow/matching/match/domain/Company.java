package kr.fundflow.matching.match.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What matching needs to know of a registered company. {@code revision} grows with every
 * update at company-service.
 */
public record Company(String brn, String name, String region, List<String> industries, String stage, int employees,
		long annualRevenue, LocalDate foundedOn, List<String> certifications, List<Demand> demands, long revision) {

	public Company {
		Objects.requireNonNull(brn, "brn");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(region, "region");
		Objects.requireNonNull(stage, "stage");
		industries = List.copyOf(industries);
		certifications = List.copyOf(certifications);
		demands = List.copyOf(demands);
	}

	/** The index keys under which allocations find this company. */
	public Set<RegionIndustry> targets() {
		return RegionIndustry.crossOf(List.of(this.region), this.industries);
	}

}
