package kr.fundflow.fund.allocation.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.fund.GoldenShape;
import kr.fundflow.fund.allocation.domain.Allocation;
import kr.fundflow.fund.allocation.domain.AllocationPlan;
import kr.fundflow.fund.allocation.domain.AmountChange;
import kr.fundflow.fund.allocation.domain.GrowthStage;
import kr.fundflow.fund.allocation.domain.InstrumentTerms;

import static org.assertj.core.api.Assertions.assertThat;

class AllocationEventsGoldenTests {

	private static final FundAllocated GOLDEN = GoldenEvents.event(EventType.FUND_ALLOCATED, FundAllocated.class);

	/** The golden allocation (포항 iM금융), as the domain holds it. */
	private static Allocation goldenAllocation() {
		AllocationPlan plan = new AllocationPlan(GOLDEN.title(), GOLDEN.channel(), GOLDEN.regions(),
				GOLDEN.industries(), GOLDEN.instrument(), InstrumentTerms.guarantee(100, 30),
				List.of(GrowthStage.values()), 300, 100_000_000L, 5_000_000_000L, 500_000_000_000L);
		return Allocation.open(GOLDEN.allocationId(), GOLDEN.fundId(), plan, GOLDEN.allocatedAt(), "op-1");
	}

	@Test
	void fundAllocatedIsTheGoldenEventFieldForField() {
		FundAllocated produced = OutboxAllocationEvents.toAllocated(goldenAllocation(), 10_000_000_000L);
		assertThat(produced).isEqualTo(GOLDEN);
		GoldenShape.assertSameShape(produced);
	}

	@Test
	void anInstrumentWithoutTermsStillSendsEveryTermFieldAsNull() {
		Allocation grant = new Allocation(UUID.randomUUID(), UUID.randomUUID(), null, "인천시", List.of("INCHEON"),
				List.of("AI"), "GRANT", InstrumentTerms.NONE, List.of(GrowthStage.STARTUP), null, null, null, 1_000, 0,
				0, kr.fundflow.fund.allocation.domain.AllocationStatus.OPEN, Instant.parse("2026-01-05T00:00:00Z"),
				"op-1");
		FundAllocated produced = OutboxAllocationEvents.toAllocated(grant, 10_000_000_000L);
		GoldenShape.assertSameShape(produced);
		assertThat(produced.terms().coverageRatioPct()).isNull();
		assertThat(produced.maxTicket()).isNull();
	}

	@Test
	void allocationAdjustedHasTheGoldenShape() {
		Allocation adjusted = goldenAllocation().withAmount(700_000_000_000L);
		var produced = OutboxAllocationEvents.toAdjusted(adjusted, new AmountChange(500_000_000_000L, 700_000_000_000L),
				"포항 수요 증가", Instant.parse("2026-03-01T00:00:00Z"));
		assertThat(produced).isEqualTo(GoldenEvents.event(EventType.ALLOCATION_ADJUSTED, produced.getClass()));
		GoldenShape.assertSameShape(produced);
	}

	@Test
	void allocationClosedHasTheGoldenShape() {
		var produced = OutboxAllocationEvents.toClosed(goldenAllocation().close(), "사업 종료",
				Instant.parse("2026-12-31T14:59:59Z"));
		assertThat(produced).isEqualTo(GoldenEvents.event(EventType.ALLOCATION_CLOSED, produced.getClass()));
		GoldenShape.assertSameShape(produced);
	}

}
