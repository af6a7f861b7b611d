package kr.fundflow.fund.allocation.messaging;

import java.time.Instant;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.fund.AllocationAdjusted;
import kr.fundflow.contracts.fund.AllocationClosed;
import kr.fundflow.contracts.fund.AllocationTerms;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.fund.allocation.application.AllocationEvents;
import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.AmountChange;
import kr.fundflow.fund.allocation.domain.GrowthStage;
import kr.fundflow.fund.allocation.domain.InstrumentTerms;
import kr.fundflow.platform.outbox.OutboxWriter;

@Component
class OutboxAllocationEvents implements AllocationEvents {

	private final OutboxWriter outbox;

	OutboxAllocationEvents(OutboxWriter outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> allocated(Allocation allocation, long reviewThreshold) {
		return this.outbox.append(toAllocated(allocation, reviewThreshold), allocation.createdAt()).then();
	}

	@Override
	public Mono<Void> adjusted(Allocation allocation, AmountChange change, String reason, Instant at) {
		return this.outbox.append(toAdjusted(allocation, change, reason, at), at).then();
	}

	@Override
	public Mono<Void> closed(Allocation allocation, String reason, Instant at) {
		return this.outbox.append(toClosed(allocation, reason, at), at).then();
	}

	static FundAllocated toAllocated(Allocation allocation, long reviewThreshold) {
		InstrumentTerms terms = allocation.terms();
		return new FundAllocated(allocation.id(), allocation.fundId(), allocation.title(), allocation.channel(),
				allocation.regions(), allocation.industries(), allocation.instrument(),
				new AllocationTerms(terms.coverageRatioPct(), terms.feeDiscountBp(), terms.subsidyRateBp(),
						terms.termMonths()),
				allocation.stages().stream().map(GrowthStage::name).toList(), allocation.maxEmployees(),
				allocation.minTicket(), allocation.maxTicket(), allocation.amount(), reviewThreshold,
				allocation.createdAt());
	}

	static AllocationAdjusted toAdjusted(Allocation allocation, AmountChange change, String reason, Instant at) {
		return new AllocationAdjusted(allocation.id(), allocation.fundId(), change.previous(), change.amount(), reason,
				at);
	}

	static AllocationClosed toClosed(Allocation allocation, String reason, Instant at) {
		return new AllocationClosed(allocation.id(), allocation.fundId(), reason, at);
	}

}
