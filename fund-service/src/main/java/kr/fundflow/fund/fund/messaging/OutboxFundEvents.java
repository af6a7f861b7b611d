package kr.fundflow.fund.fund.messaging;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.fund.FundCreated;
import kr.fundflow.fund.fund.application.FundEvents;
import kr.fundflow.fund.fund.domain.Fund;
import kr.fundflow.platform.outbox.OutboxWriter;

@Component
class OutboxFundEvents implements FundEvents {

	private final OutboxWriter outbox;

	OutboxFundEvents(OutboxWriter outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> fundCreated(Fund fund) {
		return this.outbox.append(toEvent(fund), fund.createdAt()).then();
	}

	static FundCreated toEvent(Fund fund) {
		return new FundCreated(fund.id(), fund.name(), fund.totalCap(), fund.periodStart(), fund.periodEnd(),
				fund.regionalMinimum(), fund.aiMinimum(), fund.reviewThreshold(), fund.createdAt());
	}

}
