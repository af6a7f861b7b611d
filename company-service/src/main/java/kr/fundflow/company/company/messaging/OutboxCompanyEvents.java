package kr.fundflow.company.company.messaging;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.company.company.application.CompanyEvents;
import kr.fundflow.company.company.domain.Company;
import kr.fundflow.company.company.domain.CompanyProfile;
import kr.fundflow.contracts.company.CompanyDemand;
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.platform.outbox.OutboxWriter;

/** Announces registry changes through the outbox, carrying the whole new state. */
@Component
class OutboxCompanyEvents implements CompanyEvents {

	private final OutboxWriter outbox;

	OutboxCompanyEvents(OutboxWriter outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> companyRegistered(Company company) {
		return this.outbox.append(registered(company), company.registeredAt()).then();
	}

	@Override
	public Mono<Void> companyUpdated(Company company) {
		return this.outbox.append(updated(company), company.updatedAt()).then();
	}

	static CompanyRegistered registered(Company company) {
		CompanyProfile p = company.profile();
		return new CompanyRegistered(company.brn().digits(), p.name(), p.region(), p.industries(), p.stage().name(),
				p.employees(), p.annualRevenue(), p.foundedOn(), p.certifications(), demands(p), company.revision(),
				company.registeredAt());
	}

	static CompanyUpdated updated(Company company) {
		CompanyProfile p = company.profile();
		return new CompanyUpdated(company.brn().digits(), p.name(), p.region(), p.industries(), p.stage().name(),
				p.employees(), p.annualRevenue(), p.foundedOn(), p.certifications(), demands(p), company.revision(),
				company.updatedAt());
	}

	private static List<CompanyDemand> demands(CompanyProfile profile) {
		return profile.demands()
			.stream()
			.map(demand -> new CompanyDemand(demand.amount(), demand.purpose(), demand.instruments()))
			.toList();
	}

}
