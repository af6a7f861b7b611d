package kr.fundflow.company.company.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import kr.fundflow.company.company.application.CompanyDetails;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.company.company.domain.FundingDemand;

/**
 * The body of a registration (POST, {@code brn} required) or of a replacement (PUT,
 * {@code brn} optional and equal to the path's). Absent lists of certifications, demands
 * and instruments mean none. Annotations give a client every missing field at once; the
 * domain checks the rest.
 */
record CompanyRequest(String brn, @NotBlank @Size(max = CompanyProfile.MAX_NAME_LENGTH) String name,
		@NotBlank String region,
		@NotNull @Size(min = 1, max = CompanyProfile.MAX_INDUSTRIES) List<@NotBlank String> industries,
		@NotBlank String stage, @NotNull @PositiveOrZero Integer employees, @NotNull @PositiveOrZero Long annualRevenue,
		@NotNull LocalDate foundedOn,
		@Size(max = CompanyProfile.MAX_CERTIFICATIONS) List<@NotBlank String> certifications,
		@Size(max = CompanyProfile.MAX_DEMANDS) List<@NotNull @Valid DemandRequest> demands) {

	record DemandRequest(@NotNull @Positive Long amount,
			@NotBlank @Size(max = CompanyProfile.MAX_PURPOSE_LENGTH) String purpose,
			@Size(max = CompanyProfile.MAX_INSTRUMENTS_PER_DEMAND) List<@NotBlank String> instruments) {

		FundingDemand toDemand() {
			return new FundingDemand(this.amount, this.purpose, orEmpty(this.instruments));
		}

	}

	CompanyDetails toDetails() {
		List<FundingDemand> demandList = orEmpty(this.demands).stream().map(DemandRequest::toDemand).toList();
		return new CompanyDetails(this.name, this.region, this.industries, this.stage, this.employees,
				this.annualRevenue, this.foundedOn, orEmpty(this.certifications), demandList);
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
