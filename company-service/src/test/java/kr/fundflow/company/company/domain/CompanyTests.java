package kr.fundflow.company.company.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyTests {

	private static final BusinessRegistrationNumber BRN = BusinessRegistrationNumber.parse("124-81-00998");

	private static final Instant JAN_10 = Instant.parse("2026-01-10T00:00:00Z");

	@Test
	void aRegisteredCompanyStartsAtRevisionOne() {
		Company company = Company.register(BRN, CompanyProfileTests.NEXGEN, JAN_10, "op-1");
		assertThat(company.revision()).isEqualTo(1);
		assertThat(company.registeredAt()).isEqualTo(JAN_10);
		assertThat(company.updatedAt()).isEqualTo(JAN_10);
		assertThat(company.registeredBy()).isEqualTo("op-1");
	}

	@Test
	void anUpdateReplacesTheProfileAndMovesToTheNextRevision() {
		Company company = Company.register(BRN, CompanyProfileTests.NEXGEN, JAN_10, "op-1");
		CompanyProfile grown = new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).stage(GrowthStage.EXPANSION)
			.employees(95)
			.build();
		Instant feb1 = Instant.parse("2026-02-01T00:00:00Z");

		Company updated = company.update(grown, feb1, "op-2").update(grown, feb1.plusSeconds(1), "op-3");

		assertThat(updated.revision()).isEqualTo(3);
		assertThat(updated.profile().stage()).isEqualTo(GrowthStage.EXPANSION);
		assertThat(updated.brn()).isEqualTo(BRN);
		assertThat(updated.registeredAt()).isEqualTo(JAN_10);
		assertThat(updated.registeredBy()).isEqualTo("op-1");
		assertThat(updated.updatedBy()).isEqualTo("op-3");
	}

	@Test
	void knowsWhenAnUpdateWouldChangeNothing() {
		Company company = Company.register(BRN, CompanyProfileTests.NEXGEN, JAN_10, "op-1");
		assertThat(company.hasProfile(new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).build())).isTrue();
		assertThat(
				company.hasProfile(new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN).employees(86).build()))
			.isFalse();
	}

	@Test
	void aCompanyFoundedTodayInKoreaRegistersEvenWhileItIsStillYesterdayInUtc() {
		// 2026-03-01 00:30 in Seoul is 2026-02-28 15:30 UTC.
		Instant earlyMorningInSeoul = Instant.parse("2026-02-28T15:30:00Z");
		CompanyProfile foundedToday = new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN)
			.foundedOn(LocalDate.of(2026, 3, 1))
			.build();
		assertThat(Company.register(BRN, foundedToday, earlyMorningInSeoul, "op-1").profile().foundedOn())
			.isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void refusesAFoundingDateInTheFutureOnRegistrationAndUpdate() {
		CompanyProfile tomorrow = new CompanyProfileTests.Builder(CompanyProfileTests.NEXGEN)
			.foundedOn(LocalDate.of(2026, 1, 11))
			.build();
		assertThatThrownBy(() -> Company.register(BRN, tomorrow, JAN_10, "op-1")).isInstanceOf(InvalidInput.class)
			.hasMessage("foundedOn must not be in the future");
		Company company = Company.register(BRN, CompanyProfileTests.NEXGEN, JAN_10, "op-1");
		assertThatThrownBy(() -> company.update(tomorrow, JAN_10, "op-1")).isInstanceOf(InvalidInput.class)
			.hasMessage("foundedOn must not be in the future");
	}

}
