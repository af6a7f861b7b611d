package kr.fundflow.company.company.application;

import java.time.Clock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.platform.errors.NotFound;

/**
 * Replaces a company's profile, bumps its revision and announces CompanyUpdated,
 * atomically. The row lock serialises concurrent updates, so revisions and events stay in
 * order. An update that changes nothing keeps the revision and announces nothing.
 */
@Service
public class UpdateCompany {

	private final CompanyStore companies;

	private final CompanyEvents events;

	private final ReferenceData referenceData;

	private final TransactionalOperator transactions;

	private final Clock clock;

	private final Counter updated;

	public UpdateCompany(CompanyStore companies, CompanyEvents events, ReferenceData referenceData,
			TransactionalOperator transactions, Clock clock, MeterRegistry meters) {
		this.companies = companies;
		this.events = events;
		this.referenceData = referenceData;
		this.transactions = transactions;
		this.clock = clock;
		this.updated = Counter.builder("fundflow.companies.updated")
			.description("Company profile changes")
			.register(meters);
	}

	public Mono<Company> update(String brn, CompanyDetails details, String updatedBy) {
		return Mono.fromCallable(() -> new Request(BusinessRegistrationNumber.parse(brn), details.toProfile()))
			.flatMap(request -> this.referenceData.codes().map(codes -> {
				codes.requireKnown(request.profile());
				return request;
			}))
			.flatMap(request -> this.companies.findForUpdate(request.brn())
				.switchIfEmpty(Mono.error(() -> new NotFound("Company", request.brn())))
				.flatMap(current -> current.hasProfile(request.profile()) ? Mono.just(current)
						: save(current.update(request.profile(), RegisterCompany.now(this.clock), updatedBy)))
				.as(this.transactions::transactional));
	}

	private Mono<Company> save(Company company) {
		return this.companies.update(company)
			.then(this.events.companyUpdated(company))
			.doOnSuccess(done -> this.updated.increment())
			.thenReturn(company);
	}

	private record Request(BusinessRegistrationNumber brn, CompanyProfile profile) {
	}

}
