package kr.fundflow.company.company.application;

import reactor.core.publisher.Mono;

import kr.fundflow.company.company.domain.Company;

/**
 * What the registry announces. The messaging adapter writes it to the outbox within the
 * caller's transaction, so a change and its event commit together.
 */
public interface CompanyEvents {

	Mono<Void> companyRegistered(Company company);

	Mono<Void> companyUpdated(Company company);

}
