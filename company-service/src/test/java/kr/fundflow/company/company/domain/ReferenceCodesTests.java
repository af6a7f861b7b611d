package kr.fundflow.company.company.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceCodesTests {

	private static final ReferenceCodes CODES = new ReferenceCodes(Set.of("INCHEON", "GYEONGBUK"),
			Set.of("POWER_SEMICONDUCTOR", "AI"), Set.of("LOAN_GUARANTEE", "INTEREST_SUBSIDY", "GRANT"),
			Set.of("INNOBIZ", "TECH_INNOVATION"));

	@Test
	void acceptsAProfileUsingOnlyKnownCodes() {
		assertThatCode(() -> CODES.requireKnown(CompanyProfileTests.NEXGEN)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnUnknownRegion() {
		assertRefused(new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).region("ATLANTIS").build(), "region");
	}

	@Test
	void regionCodesAreCaseSensitive() {
		assertRefused(new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).region("incheon").build(), "region");
	}

	@Test
	void namesTheUnknownIndustryByIndex() {
		assertRefused(new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).industries(List.of("AI", "TEXTILES"))
			.build(), "industries[1]");
	}

	@Test
	void namesTheUnknownCertificationByIndex() {
		assertRefused(
				new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).certifications(List.of("ISO9001")).build(),
				"certifications[0]");
	}

	@Test
	void namesTheUnknownInstrumentByDemandAndIndex() {
		FundingDemand ok = CompanyProfileTests.NEXGEN.demands().get(0);
		FundingDemand odd = new FundingDemand(1, "x", List.of("GRANT", "CRYPTO"));
		assertRefused(new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).demands(List.of(ok, odd)).build(),
				"demands[1].instruments[1]");
	}

	@Test
	void checksSingleSearchCodesNamingTheParameter() {
		assertThatThrownBy(() -> CODES.requireIndustry("industry", "TEXTILES")).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("industry");
		assertThatThrownBy(() -> CODES.requireCertification("certification", "ISO9001"))
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("certification");
		assertThatCode(() -> CODES.requireRegion("region", "GYEONGBUK")).doesNotThrowAnyException();
	}

	private static void assertRefused(CompanyProfile profile, String field) {
		assertThatThrownBy(() -> CODES.requireKnown(profile)).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo(field);
	}

}
