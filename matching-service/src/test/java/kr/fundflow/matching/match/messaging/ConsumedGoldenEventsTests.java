package kr.fundflow.matching.match.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventEnvelope;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.IntegrationEvent;
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.matching.match.application.IndexAllocation;
import kr.fundflow.matching.match.application.IndexCompany;
import kr.fundflow.matching.match.application.RecordBudgetOutcome;
import kr.fundflow.matching.match.domain.Allocation;
import kr.fundflow.matching.match.domain.AllocationStatus;
import kr.fundflow.matching.match.domain.Company;
import kr.fundflow.matching.match.domain.Demand;
import kr.fundflow.platform.inbox.InboundEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The consumer side of the golden fixtures: every event this service consumes, read from
 * its golden JSON, reaches the use cases as the right values of this service's own types.
 */
class ConsumedGoldenEventsTests {

	private static final UUID ALLOCATION = UUID.fromString("8b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4");

	private static final UUID FUND = UUID.fromString("3f1c2a7e-6a51-4c1e-9a0b-1f2d3c4b5a60");

	private static final UUID MATCH = UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab");

	private final IndexAllocation indexAllocation = mock(IndexAllocation.class);

	private final RecordBudgetOutcome budget = mock(RecordBudgetOutcome.class);

	private final IndexCompany indexCompany = mock(IndexCompany.class);

	private final AllocationEventHandler allocations = new AllocationEventHandler(this.indexAllocation, this.budget);

	private final CompanyEventHandler companies = new CompanyEventHandler(this.indexCompany);

	private static InboundEvent golden(EventType type) {
		IntegrationEvent body = EventCodec.fromJson(GoldenEvents.json(type), type);
		return new InboundEvent(EventEnvelope.of(type, "/fundflow/test", Instant.now(), body.aggregateId()), type, body,
				type.topic());
	}

	@Test
	void fundAllocatedBecomesAnOpenAllocationWithNothingCommitted() {
		when(this.indexAllocation.opened(any(), any())).thenReturn(Mono.empty());

		this.allocations.handle(golden(EventType.FUND_ALLOCATED)).block();

		ArgumentCaptor<Allocation> allocation = ArgumentCaptor.forClass(Allocation.class);
		verify(this.indexAllocation).opened(allocation.capture(),
				org.mockito.ArgumentMatchers.eq(Instant.parse("2026-01-05T01:30:00Z")));
		assertThat(allocation.getValue()).isEqualTo(new Allocation(ALLOCATION, FUND, "포항 iM금융 원스톱 지역특화금융", "iM뱅크",
				List.of("GYEONGBUK"), List.of("AI", "SECONDARY_BATTERY", "BIO", "HYDROGEN"), "LOAN_GUARANTEE",
				List.of("STARTUP", "GROWTH", "EXPANSION", "LEAP"), 300, 100_000_000L, 5_000_000_000L, 500_000_000_000L,
				0, 10_000_000_000L, AllocationStatus.OPEN));
	}

	@Test
	void aFundAllocatedWithoutAThresholdGetsTheDefaultHundredEok() {
		FundAllocated golden = GoldenEvents.event(EventType.FUND_ALLOCATED, FundAllocated.class);
		FundAllocated noThreshold = new FundAllocated(golden.allocationId(), golden.fundId(), golden.title(),
				golden.channel(), golden.regions(), golden.industries(), golden.instrument(), golden.terms(), null,
				null, null, null, golden.amount(), 0, golden.allocatedAt());

		Allocation allocation = ContractMapping.toAllocation(noThreshold);

		assertThat(allocation.reviewThreshold()).isEqualTo(10_000_000_000L);
		assertThat(allocation.stages()).isEmpty();
		assertThat(allocation.minTicket()).isNull();
		assertThat(allocation.maxEmployees()).isNull();
	}

	@Test
	void allocationAdjustedSetsTheNewAmountAsOfItsTime() {
		when(this.indexAllocation.adjusted(any(), anyLong(), any())).thenReturn(Mono.empty());

		this.allocations.handle(golden(EventType.ALLOCATION_ADJUSTED)).block();

		verify(this.indexAllocation).adjusted(ALLOCATION, 700_000_000_000L, Instant.parse("2026-03-01T00:00:00Z"));
	}

	@Test
	void allocationClosedClosesTheAllocation() {
		when(this.indexAllocation.closed(any(), any())).thenReturn(Mono.empty());

		this.allocations.handle(golden(EventType.ALLOCATION_CLOSED)).block();

		verify(this.indexAllocation).closed(ALLOCATION, Instant.parse("2026-12-31T14:59:59Z"));
	}

	@Test
	void commitmentAcceptedCommitsTheMatchAndTheAllocationsTotal() {
		when(this.budget.committed(any(), any(), anyLong(), anyLong(), any())).thenReturn(Mono.empty());

		this.allocations.handle(golden(EventType.COMMITMENT_ACCEPTED)).block();

		verify(this.budget).committed(ALLOCATION, MATCH, 300_000_000L, 300_000_000L,
				Instant.parse("2026-02-10T05:00:00Z"));
	}

	@Test
	void commitmentRejectedCarriesTheReasonAndWhatWasLeft() {
		when(this.budget.refused(any(), any(), any(), anyLong(), any())).thenReturn(Mono.empty());

		this.allocations.handle(golden(EventType.COMMITMENT_REJECTED)).block();

		verify(this.budget).refused(ALLOCATION, MATCH, "잔여 예산 부족", 200_000_000L, Instant.parse("2026-02-10T05:00:01Z"));
	}

	@Test
	void fundsDisbursedRecordsTheMatchesDisbursedTotal() {
		when(this.budget.disbursed(any(), any(), anyLong(), any())).thenReturn(Mono.empty());

		this.allocations.handle(golden(EventType.FUNDS_DISBURSED)).block();

		verify(this.budget).disbursed(ALLOCATION, MATCH, 100_000_000L, Instant.parse("2026-03-15T02:00:00Z"));
	}

	@Test
	void companyRegisteredBecomesACompanyWithItsDemands() {
		when(this.indexCompany.apply(any())).thenReturn(Mono.empty());

		this.companies.handle(golden(EventType.COMPANY_REGISTERED)).block();

		ArgumentCaptor<Company> company = ArgumentCaptor.forClass(Company.class);
		verify(this.indexCompany).apply(company.capture());
		assertThat(company.getValue())
			.isEqualTo(new Company("1248100998", "㈜넥스젠파워", "INCHEON", List.of("POWER_SEMICONDUCTOR"), "GROWTH", 85,
					10_000_000_000L, LocalDate.parse("2019-03-01"), List.of("INNOBIZ", "TECH_INNOVATION"),
					List.of(new Demand(3_000_000_000L, "전력반도체 생산설비 증설", List.of("LOAN_GUARANTEE", "INTEREST_SUBSIDY"))),
					1));
	}

	@Test
	void companyUpdatedBecomesTheCompanysNewStateWithItsRevision() {
		when(this.indexCompany.apply(any())).thenReturn(Mono.empty());

		this.companies.handle(golden(EventType.COMPANY_UPDATED)).block();

		ArgumentCaptor<Company> company = ArgumentCaptor.forClass(Company.class);
		verify(this.indexCompany).apply(company.capture());
		assertThat(company.getValue().stage()).isEqualTo("EXPANSION");
		assertThat(company.getValue().employees()).isEqualTo(95);
		assertThat(company.getValue().annualRevenue()).isEqualTo(12_000_000_000L);
		assertThat(company.getValue().revision()).isEqualTo(2);
		assertThat(company.getValue().demands()).hasSize(1);
	}

	@Test
	void aCompanyWithoutListsHasEmptyOnes() {
		CompanyRegistered golden = GoldenEvents.event(EventType.COMPANY_REGISTERED, CompanyRegistered.class);
		Company company = ContractMapping.toCompany(new CompanyUpdated(golden.brn(), golden.name(), golden.region(),
				null, golden.stage(), 1, 0, null, null, null, 3, golden.registeredAt()));

		assertThat(company.industries()).isEmpty();
		assertThat(company.certifications()).isEmpty();
		assertThat(company.demands()).isEmpty();
	}

	@Test
	void eventsOfOtherTypesOnTheTopicsAreIgnored() {
		this.allocations.handle(golden(EventType.FUND_CREATED)).block();
		this.companies.handle(golden(EventType.FUND_ALLOCATED)).block();

		verifyNoInteractions(this.indexAllocation, this.budget, this.indexCompany);
	}

}
