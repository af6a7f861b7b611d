package kr.fundflow.company.company.application;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.company.company.domain.BusinessRegistrationNumber;
import kr.fundflow.company.company.domain.Company;

/** Where companies are kept (the persistence adapter implements it). */
public interface CompanyStore {

	/**
	 * Inserts a new company; emits {@code false}, storing nothing, when its number is
	 * already registered (also when a concurrent registration of it commits first).
	 */
	Mono<Boolean> insert(Company company);

	Mono<Company> find(BusinessRegistrationNumber brn);

	/** Reads and locks the company until the transaction ends. */
	Mono<Company> findForUpdate(BusinessRegistrationNumber brn);

	/** Replaces the stored profile, revision and update stamp. */
	Mono<Void> update(Company company);

	/** A page of the matching companies, ordered by name then number. */
	Flux<Company> find(CompanyFilter filter, long offset, int limit);

	/** Every matching company, in the same order, streamed as read. */
	Flux<Company> findAll(CompanyFilter filter);

	Mono<Long> count(CompanyFilter filter);

}
