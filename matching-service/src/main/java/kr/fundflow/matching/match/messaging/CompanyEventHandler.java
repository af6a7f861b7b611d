package kr.fundflow.matching.match.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.matching.match.application.IndexCompany;
import kr.fundflow.platform.inbox.EventHandler;
import kr.fundflow.platform.inbox.InboundEvent;

/**
 * {@code fundflow.company.companies}: every registration or update carries the whole
 * company, so both are applied the same way (newest revision wins).
 */
@Component
class CompanyEventHandler implements EventHandler {

	private final IndexCompany indexCompany;

	CompanyEventHandler(IndexCompany indexCompany) {
		this.indexCompany = indexCompany;
	}

	@Override
	public Mono<Void> handle(InboundEvent event) {
		return switch (event.type()) {
			case COMPANY_REGISTERED ->
				this.indexCompany.apply(ContractMapping.toCompany(event.bodyAs(CompanyRegistered.class)));
			case COMPANY_UPDATED ->
				this.indexCompany.apply(ContractMapping.toCompany(event.bodyAs(CompanyUpdated.class)));
			default -> Mono.empty();
		};
	}

}
