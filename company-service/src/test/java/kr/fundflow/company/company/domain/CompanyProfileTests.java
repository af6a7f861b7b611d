package kr.fundflow.company.company.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyProfileTests {

	/** The golden CompanyRegistered company: ㈜넥스젠파워, Incheon, power semiconductors. */
	static final CompanyProfile NEXGEN = new CompanyProfile("㈜넥스젠파워", "INCHEON", List.of("POWER_SEMICONDUCTOR"),
			GrowthStage.GROWTH, 85, 10_000_000_000L, LocalDate.of(2019, 3, 1), List.of("INNOBIZ", "TECH_INNOVATION"),
			List.of(new FundingDemand(3_000_000_000L, "전력반도체 생산설비 증설", List.of("LOAN_GUARANTEE", "INTEREST_SUBSIDY"))));

	@Test
	void keepsAValidProfileAsGiven() {
		assertThat(NEXGEN.name()).isEqualTo("㈜넥스젠파워");
		assertThat(NEXGEN.industries()).containsExactly("POWER_SEMICONDUCTOR");
		assertThat(NEXGEN.demands().get(0).instruments()).containsExactly("LOAN_GUARANTEE", "INTEREST_SUBSIDY");
		assertThat(NEXGEN.demandTotal()).isEqualTo(3_000_000_000L);
	}

	@Test
	void stripsSurroundingBlanksFromTextSoEqualInputsMakeEqualProfiles() {
		CompanyProfile padded = with(b -> b.name("  ㈜넥스젠파워 ").demandPurpose(0, " 전력반도체 생산설비 증설\n"));
		assertThat(padded).isEqualTo(NEXGEN);
	}

	@Test
	void copiesListsSoLaterChangesToTheInputDoNotLeakIn() {
		List<String> industries = new ArrayList<>(List.of("AI"));
		CompanyProfile profile = new Builder(NEXGEN).industries(industries).build();
		industries.add("BIO");
		assertThat(profile.industries()).containsExactly("AI");
		assertThatThrownBy(() -> profile.industries().add("BIO")).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void refusesAMissingOrBlankName() {
		refused(b -> b.name(null)).hasMessage("name is required");
		refused(b -> b.name("   ")).hasMessage("name is required");
		assertField(b -> b.name(""), "name");
	}

	@Test
	void acceptsTwoHundredCharactersOfNameButNotOneMore() {
		String korean200 = "가".repeat(200);
		assertThat(new Builder(NEXGEN).name(korean200).build().name()).hasSize(200);
		assertField(b -> b.name(korean200 + "나"), "name");
	}

	@Test
	void countsNameLengthInCharactersNotUtf16Units() {
		// 😀 takes two UTF-16 units; 200 of them are still 200 characters.
		String emoji200 = "😀".repeat(200);
		assertThat(new Builder(NEXGEN).name(emoji200).build().name()).isEqualTo(emoji200);
	}

	@Test
	void refusesAMissingRegion() {
		assertField(b -> b.region(null), "region");
		assertField(b -> b.region(" "), "region");
	}

	@Test
	void needsAtLeastOneIndustry() {
		refused(b -> b.industries(List.of())).hasMessage("industries must list at least 1");
		assertField(b -> b.industries(null), "industries");
	}

	@Test
	void capsTheNumberOfIndustries() {
		List<String> eleven = List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10", "A11");
		refused(b -> b.industries(eleven)).hasMessage("industries must list at most 10");
		assertThat(new Builder(NEXGEN).industries(eleven.subList(0, 10)).build().industries()).hasSize(10);
	}

	@Test
	void namesTheBlankOrRepeatedIndustryByItsIndex() {
		assertField(b -> b.industries(Arrays.asList("AI", null)), "industries[1]");
		assertField(b -> b.industries(List.of("AI", " ")), "industries[1]");
		assertField(b -> b.industries(List.of("AI", "BIO", "AI")), "industries[2]");
	}

	@Test
	void requiresAStage() {
		assertField(b -> b.stage(null), "stage");
	}

	@Test
	void refusesNegativeEmployeesButAcceptsNone() {
		assertField(b -> b.employees(-1), "employees");
		assertThat(new Builder(NEXGEN).employees(0).build().employees()).isZero();
	}

	@Test
	void refusesNegativeRevenueButAcceptsNone() {
		assertField(b -> b.annualRevenue(-1), "annualRevenue");
		assertThat(new Builder(NEXGEN).annualRevenue(0).build().annualRevenue()).isZero();
	}

	@Test
	void requiresAFoundingDateNoEarlierThan1900() {
		assertField(b -> b.foundedOn(null), "foundedOn");
		assertField(b -> b.foundedOn(LocalDate.of(1899, 12, 31)), "foundedOn");
		assertThat(new Builder(NEXGEN).foundedOn(LocalDate.of(1900, 1, 1)).build().foundedOn())
			.isEqualTo(LocalDate.of(1900, 1, 1));
	}

	@Test
	void refusesAFoundingDateAfterToday() {
		CompanyProfile profile = new Builder(NEXGEN).foundedOn(LocalDate.of(2026, 3, 2)).build();
		profile.requireFoundedBy(LocalDate.of(2026, 3, 2));
		assertThatThrownBy(() -> profile.requireFoundedBy(LocalDate.of(2026, 3, 1))).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("foundedOn");
	}

	@Test
	void certificationsMayBeEmptyButNotMissingRepeatedOrTooMany() {
		assertThat(new Builder(NEXGEN).certifications(List.of()).build().certifications()).isEmpty();
		assertField(b -> b.certifications(null), "certifications");
		assertField(b -> b.certifications(List.of("INNOBIZ", "INNOBIZ")), "certifications[1]");
		assertField(b -> b.certifications(Collections.nCopies(21, "X")), "certifications");
	}

	@Test
	void demandsMayBeEmptyButNotMissingOrTooMany() {
		assertThat(new Builder(NEXGEN).demands(List.of()).build().demandTotal()).isZero();
		assertField(b -> b.demands(null), "demands");
		FundingDemand demand = NEXGEN.demands().get(0);
		refused(b -> b.demands(Collections.nCopies(21, demand))).hasMessage("demands must list at most 20");
		assertThat(new Builder(NEXGEN).demands(Collections.nCopies(20, demand)).build().demandTotal())
			.isEqualTo(60_000_000_000L);
	}

	@Test
	void refusesANullDemandNamingItsIndex() {
		assertField(b -> b.demands(Arrays.asList(NEXGEN.demands().get(0), null)), "demands[1]");
	}

	@Test
	void aDemandAmountMustBePositiveWon() {
		assertField(b -> b.demandAmount(0, 0), "demands[0].amount");
		assertField(b -> b.demandAmount(0, -3_000_000_000L), "demands[0].amount");
		assertThat(new Builder(NEXGEN).demandAmount(0, 1).build().demandTotal()).isEqualTo(1);
	}

	@Test
	void aDemandAmountIsCappedSoThatTotalsStayExact() {
		assertField(b -> b.demandAmount(0, CompanyProfile.MAX_DEMAND_AMOUNT + 1), "demands[0].amount");
		FundingDemand biggest = new FundingDemand(CompanyProfile.MAX_DEMAND_AMOUNT, "x", List.of());
		assertThat(new Builder(NEXGEN).demands(Collections.nCopies(20, biggest)).build().demandTotal())
			.isEqualTo(20_000_000_000_000_000L);
	}

	@Test
	void namesTheDemandWhosePurposeIsMissingOrTooLong() {
		FundingDemand ok = NEXGEN.demands().get(0);
		assertField(b -> b.demands(List.of(ok, new FundingDemand(1, null, List.of()))), "demands[1].purpose");
		assertField(b -> b.demands(List.of(ok, new FundingDemand(1, " ", List.of()))), "demands[1].purpose");
		assertField(b -> b.demands(List.of(new FundingDemand(1, "가".repeat(501), List.of()))), "demands[0].purpose");
	}

	@Test
	void namesTheInstrumentThatIsBlankOrRepeated() {
		assertField(b -> b.demands(List.of(new FundingDemand(1, "x", List.of("GRANT", "GRANT")))),
				"demands[0].instruments[1]");
		assertField(b -> b.demands(List.of(new FundingDemand(1, "x", Arrays.asList("GRANT", null)))),
				"demands[0].instruments[1]");
		assertField(b -> b.demands(List.of(new FundingDemand(1, "x", null))), "demands[0].instruments");
		assertField(b -> b.demands(List.of(new FundingDemand(1, "x", Collections.nCopies(11, "G")))),
				"demands[0].instruments");
	}

	@Test
	void aDemandWithoutPreferredInstrumentsIsAllowed() {
		CompanyProfile profile = new Builder(NEXGEN).demands(List.of(new FundingDemand(5, "운영자금", List.of()))).build();
		assertThat(profile.demands().get(0).instruments()).isEmpty();
	}

	private static CompanyProfile with(UnaryOperator<Builder> change) {
		return change.apply(new Builder(NEXGEN)).build();
	}

	private static AbstractThrowableAssert<?, ? extends Throwable> refused(UnaryOperator<Builder> change) {
		return assertThatThrownBy(() -> with(change)).isInstanceOf(InvalidInput.class);
	}

	private static void assertField(UnaryOperator<Builder> change, String field) {
		refused(change).extracting(ex -> ((InvalidInput) ex).field()).isEqualTo(field);
	}

	/** Changes one thing of a valid profile. */
	static final class Builder {

		private String name;

		private String region;

		private List<String> industries;

		private GrowthStage stage;

		private int employees;

		private long annualRevenue;

		private LocalDate foundedOn;

		private List<String> certifications;

		private List<FundingDemand> demands;

		Builder(CompanyProfile p) {
			this.name = p.name();
			this.region = p.region();
			this.industries = p.industries();
			this.stage = p.stage();
			this.employees = p.employees();
			this.annualRevenue = p.annualRevenue();
			this.foundedOn = p.foundedOn();
			this.certifications = p.certifications();
			this.demands = p.demands();
		}

		Builder name(String value) {
			this.name = value;
			return this;
		}

		Builder region(String value) {
			this.region = value;
			return this;
		}

		Builder industries(List<String> value) {
			this.industries = value;
			return this;
		}

		Builder stage(GrowthStage value) {
			this.stage = value;
			return this;
		}

		Builder employees(int value) {
			this.employees = value;
			return this;
		}

		Builder annualRevenue(long value) {
			this.annualRevenue = value;
			return this;
		}

		Builder foundedOn(LocalDate value) {
			this.foundedOn = value;
			return this;
		}

		Builder certifications(List<String> value) {
			this.certifications = value;
			return this;
		}

		Builder demands(List<FundingDemand> value) {
			this.demands = value;
			return this;
		}

		Builder demandAmount(int index, long amount) {
			List<FundingDemand> changed = new ArrayList<>(this.demands);
			FundingDemand old = changed.get(index);
			changed.set(index, new FundingDemand(amount, old.purpose(), old.instruments()));
			this.demands = changed;
			return this;
		}

		Builder demandPurpose(int index, String purpose) {
			List<FundingDemand> changed = new ArrayList<>(this.demands);
			FundingDemand old = changed.get(index);
			changed.set(index, new FundingDemand(old.amount(), purpose, old.instruments()));
			this.demands = changed;
			return this;
		}

		CompanyProfile build() {
			return new CompanyProfile(this.name, this.region, this.industries, this.stage, this.employees,
					this.annualRevenue, this.foundedOn, this.certifications, this.demands);
		}

	}

}
