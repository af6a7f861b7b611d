package kr.fundflow.company.company.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;

/** SPEC §5.1 company shape, plus the revision and when it was registered and updated. */
record CompanyResponse(String brn, String name, String region, List<String> industries, String stage, int employees,
		long annualRevenue, LocalDate foundedOn, List<String> certifications, List<DemandResponse> demands,
		long revision, Instant registeredAt, Instant updatedAt) {

	record DemandResponse(long amount, String purpose, List<String> instruments) {
	}

	static CompanyResponse of(Company company) {
		CompanyProfile p = company.profile();
		List<DemandResponse> demands = p.demands()
			.stream()
			.map(d -> new DemandResponse(d.amount(), d.purpose(), d.instruments()))
			.toList();
		return new CompanyResponse(company.brn().digits(), p.name(), p.region(), p.industries(), p.stage().name(),
				p.employees(), p.annualRevenue(), p.foundedOn(), p.certifications(), demands, company.revision(),
				company.registeredAt(), company.updatedAt());
	}

}
