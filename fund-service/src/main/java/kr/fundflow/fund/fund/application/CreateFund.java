package kr.fundflow.fund.fund.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.fund.fund.domain.Fund;

/** Creates a fund and announces FundCreated, atomically. */
@Service
public class CreateFund {

	private final FundStore funds;

	private final FundEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public CreateFund(FundStore funds, FundEvents events, TransactionalOperator transactions, Clock clock) {
		this.funds = funds;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<Fund> create(NewFund request, String createdBy) {
		return Mono
			.fromCallable(
					() -> new Fund(UUID.randomUUID(), request.name(), request.totalCap(), request.periodStart(),
							request.periodEnd(), request.regionalMinimum(), request.aiMinimum(),
							(request.reviewThreshold() != null) ? request.reviewThreshold()
									: Fund.DEFAULT_REVIEW_THRESHOLD,
							this.clock.instant(), createdBy))
			.flatMap(fund -> this.funds.insert(fund).flatMap(saved -> this.events.fundCreated(saved).thenReturn(saved)))
			.as(this.transactions::transactional);
	}

}
