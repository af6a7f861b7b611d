package kr.fundflow.company.company.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.platform.errors.RuleViolation;

/**
 * Registers a company and announces CompanyRegistered, atomically. A number registers
 * once: the store's primary key decides between concurrent registrations.
 */
@Service
public class RegisterCompany {

	private final CompanyStore companies;

	private final CompanyEvents events;

	private final ReferenceData referenceData;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final MeterRegistry meters;

	public RegisterCompany(CompanyStore companies, CompanyEvents events, ReferenceData referenceData,
			TransactionalOperator transactions, Clock clock, MeterRegistry meters) {
		this.companies = companies;
		this.events = events;
		this.referenceData = referenceData;
		this.transactions = transactions;
		this.clock = clock;
		this.meters = meters;
	}

	public Mono<Company> register(String brn, CompanyDetails details, String registeredBy) {
		return Mono.fromCallable(() -> {
			BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(brn);
			CompanyProfile profile = details.toProfile();
			return Company.register(number, profile, now(this.clock), registeredBy);
		}).flatMap(company -> this.referenceData.codes().map(codes -> {
			codes.requireKnown(company.profile());
			return company;
		}))
			.flatMap(company -> this.companies.insert(company)
				.flatMap(inserted -> inserted ? this.events.companyRegistered(company).thenReturn(company)
						: Mono.error(() -> alreadyRegistered(company)))
				.as(this.transactions::transactional))
			.doOnNext(this::count);
	}

	/**
	 * PostgreSQL keeps microseconds: truncating here makes the answer, the event and a
	 * later read show the same instant.
	 */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static RuleViolation alreadyRegistered(Company company) {
		return new RuleViolation("company-already-registered",
				"A company with brn " + company.brn() + " is already registered");
	}

	private void count(Company company) {
		Counter.builder("fundflow.companies.registered")
			.description("Companies added to the registry")
			.tag("region", company.profile().region())
			.register(this.meters)
			.increment();
	}

}
