package kr.fundflow.company.company.application;

import java.time.LocalDate;
import java.util.List;

import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.company.company.domain.FundingDemand;
import kr.fundflow.company.company.domain.GrowthStage;

/**
 * A company's profile as a client sends it (codes as text); the use cases turn it into a
 * checked {@link CompanyProfile}.
 */
public record CompanyDetails(String name, String region, List<String> industries, String stage, int employees,
		long annualRevenue, LocalDate foundedOn, List<String> certifications, List<FundingDemand> demands) {

	CompanyProfile toProfile() {
		return new CompanyProfile(this.name, this.region, this.industries, GrowthStage.parse(this.stage, "stage"),
				this.employees, this.annualRevenue, this.foundedOn, this.certifications, this.demands);
	}

}
