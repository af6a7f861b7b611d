package kr.fundflow.company.company.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.company.company.domain.GrowthStage;
import kr.fundflow.company.company.domain.ReferenceCodes;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.security.Caller;
import kr.fundflow.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindCompaniesTests {

	private static final Caller MINISTRY = new Caller("ministry-1", Role.MINISTRY, Optional.empty());

	private static final Caller BUSAN_GROUP = new Caller("wg-busan", Role.WORKING_GROUP, Optional.of("BUSAN"));

	private static final Caller GROUP_WITHOUT_REGION = new Caller("wg-x", Role.WORKING_GROUP, Optional.empty());

	private static final ReferenceCodes CODES = new ReferenceCodes(Set.of("BUSAN", "SEOUL", "INCHEON"),
			Set.of("AI", "BIO"), Set.of("GRANT"), Set.of("INNOBIZ"));

	private static final Company INCHEON_COMPANY = Company.register(
			BusinessRegistrationNumber.parse("1248100998"), new CompanyProfile("㈜넥스젠파워", "INCHEON", List.of("AI"),
					GrowthStage.GROWTH, 1, 1, LocalDate.of(2019, 3, 1), List.of(), List.of()),
			Instant.parse("2026-01-10T00:00:00Z"), "op-1");

	private final FindCompanies find = new FindCompanies(new OneCompanyStore(), () -> Mono.just(CODES),
			new SimpleMeterRegistry());

	@Test
	void aMinistrySearchesWithItsCriteriaAsGiven() {
		CompanyFilter filter = this.find.filter(new CompanySearch("SEOUL", "AI", "GROWTH", "INNOBIZ", " 넥스 "), MINISTRY)
			.block();
		assertThat(filter).isEqualTo(new CompanyFilter("SEOUL", "AI", GrowthStage.GROWTH, "INNOBIZ", "넥스"));
	}

	@Test
	void blankCriteriaDoNotFilter() {
		assertThat(this.find.filter(new CompanySearch("", " ", null, "", "  "), MINISTRY).block())
			.isEqualTo(new CompanyFilter(null, null, null, null, null));
	}

	@Test
	void aWorkingGroupSearchesOnlyItsOwnRegion() {
		assertThat(this.find.filter(new CompanySearch(null, "AI", null, null, null), BUSAN_GROUP).block())
			.isEqualTo(new CompanyFilter("BUSAN", "AI", null, null, null));
		assertThat(this.find.filter(new CompanySearch("BUSAN", null, null, null, null), BUSAN_GROUP).block())
			.isEqualTo(new CompanyFilter("BUSAN", null, null, null, null));
	}

	@Test
	void aWorkingGroupAskingForAnotherRegionFindsNothing() {
		assertThat(this.find.filter(new CompanySearch("SEOUL", null, null, null, null), BUSAN_GROUP).blockOptional())
			.isEmpty();
		FindCompanies.Found found = this.find
			.page(new CompanySearch("SEOUL", null, null, null, null), 0, 20, BUSAN_GROUP)
			.block();
		assertThat(found.content()).isEmpty();
		assertThat(found.total()).isZero();
	}

	@Test
	void aWorkingGroupWithoutARegionFindsNothing() {
		assertThat(
				this.find.filter(new CompanySearch(null, null, null, null, null), GROUP_WITHOUT_REGION).blockOptional())
			.isEmpty();
	}

	@Test
	void refusesUnknownCriteriaNamingTheParameter() {
		assertRefused(new CompanySearch("ATLANTIS", null, null, null, null), "region");
		assertRefused(new CompanySearch(null, "TEXTILES", null, null, null), "industry");
		assertRefused(new CompanySearch(null, null, "SCALEUP", null, null), "stage");
		assertRefused(new CompanySearch(null, null, null, "ISO9001", null), "certification");
		assertRefused(new CompanySearch(null, null, null, null, "가".repeat(201)), "q");
	}

	@Test
	void aWorkingGroupReadsACompanyOfItsRegionOnlyAndOtherwiseFindsNothing() {
		Caller incheonGroup = new Caller("wg-incheon", Role.WORKING_GROUP, Optional.of("INCHEON"));
		assertThat(this.find.byBrn("124-81-00998", incheonGroup).block()).isEqualTo(INCHEON_COMPANY);
		assertThatThrownBy(() -> this.find.byBrn("1248100998", BUSAN_GROUP).block()).isInstanceOf(NotFound.class);
	}

	@Test
	void anUnknownNumberIsNotFoundAndAMalformedOneIsInvalid() {
		assertThatThrownBy(() -> this.find.byBrn("2208162517", MINISTRY).block()).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> this.find.byBrn("1248100990", MINISTRY).block()).isInstanceOf(InvalidInput.class);
	}

	private void assertRefused(CompanySearch search, String field) {
		assertThatThrownBy(() -> this.find.filter(search, MINISTRY).block()).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo(field);
	}

	/** Holds the Incheon company; searches find nothing. */
	private static final class OneCompanyStore implements CompanyStore {

		@Override
		public Mono<Boolean> insert(Company company) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Company> find(BusinessRegistrationNumber brn) {
			return Mono.justOrEmpty(brn.equals(INCHEON_COMPANY.brn()) ? INCHEON_COMPANY : null);
		}

		@Override
		public Mono<Company> findForUpdate(BusinessRegistrationNumber brn) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Mono<Void> update(Company company) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Flux<Company> find(CompanyFilter filter, long offset, int limit) {
			return Flux.empty();
		}

		@Override
		public Flux<Company> findAll(CompanyFilter filter) {
			return Flux.empty();
		}

		@Override
		public Mono<Long> count(CompanyFilter filter) {
			return Mono.just(0L);
		}

	}

}
