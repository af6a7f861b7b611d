package kr.fundflow.fund.ledger;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.Topics;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.TestEvents;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.fund.FundApi.EOK;
import static kr.fundflow.fund.FundApi.MINISTRY;
import static kr.fundflow.fund.FundApi.approval;
import static kr.fundflow.fund.FundApi.guaranteeLine;
import static kr.fundflow.fund.FundApi.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class BudgetLedgerIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final String NEXGEN = "1248100998";

	private static final String POHANG_HYDROGEN = "5068212349";

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = FundServiceEnvironment.register(registry, "fund_ledger");
	}

	@Autowired
	WebTestClient http;

	@Autowired
	MeterRegistry meters;

	FundApi api;

	UUID fundId;

	@BeforeEach
	void fund() {
		this.api = new FundApi(this.http, database);
		this.fundId = this.api.createFund(10_000 * EOK);
	}

	@Test
	void anApprovalReservesBudgetAndASecondBeyondWhatIsLeftIsRejected() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			TestEvents.publish(approval(first, allocationId, this.fundId, POHANG_HYDROGEN, 3 * EOK));
			CommitmentAccepted accepted = allocations.awaitEvent(EventType.COMMITMENT_ACCEPTED,
					CommitmentAccepted.class, e -> e.matchId().equals(first), TIMEOUT);
			assertThat(accepted.allocationId()).isEqualTo(allocationId);
			assertThat(accepted.fundId()).isEqualTo(this.fundId);
			assertThat(accepted.brn()).isEqualTo(POHANG_HYDROGEN);
			assertThat(accepted.amount()).isEqualTo(3 * EOK);
			assertThat(accepted.allocationCommitted()).isEqualTo(3 * EOK);
			assertThat(accepted.commitmentId()).isNotNull();

			TestEvents.publish(approval(second, allocationId, this.fundId, NEXGEN, 3 * EOK));
			CommitmentRejected rejected = allocations.awaitEvent(EventType.COMMITMENT_REJECTED,
					CommitmentRejected.class, e -> e.matchId().equals(second), TIMEOUT);
			assertThat(rejected.allocationId()).isEqualTo(allocationId);
			assertThat(rejected.fundId()).isEqualTo(this.fundId);
			assertThat(rejected.brn()).isEqualTo(NEXGEN);
			assertThat(rejected.requestedAmount()).isEqualTo(3 * EOK);
			assertThat(rejected.remaining()).isEqualTo(2 * EOK);
			assertThat(rejected.reason()).startsWith("잔여 예산 부족");

			UUID absurd = UUID.randomUUID();
			TestEvents.publish(approval(absurd, allocationId, this.fundId, NEXGEN, Long.MAX_VALUE));
			assertThat(allocations
				.awaitEvent(EventType.COMMITMENT_REJECTED, CommitmentRejected.class, e -> e.matchId().equals(absurd),
						TIMEOUT)
				.remaining()).isEqualTo(2 * EOK);
		}
		Map<?, ?> allocation = this.api.getAllocation(allocationId);
		assertThat(number(allocation.get("committed"))).isEqualTo(3 * EOK);
		assertThat(number(allocation.get("remaining"))).isEqualTo(2 * EOK);

		this.http.get()
			.uri("/api/allocations/{id}/commitments", allocationId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].matchId")
			.isEqualTo(first.toString())
			.jsonPath("$.content[0].brn")
			.isEqualTo(POHANG_HYDROGEN)
			.jsonPath("$.content[0].amount")
			.isEqualTo(3 * EOK)
			.jsonPath("$.content[0].disbursed")
			.isEqualTo(0);
	}

	@Test
	void theSameApprovalTwiceCommitsOnceEvenUnderANewEventId() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID matchId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		var approval = approval(matchId, allocationId, this.fundId, POHANG_HYDROGEN, 2 * EOK);
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			TestEvents.publish(approval, eventId);
			allocations.awaitEvent(EventType.COMMITMENT_ACCEPTED, CommitmentAccepted.class,
					e -> e.matchId().equals(matchId), TIMEOUT);
		}
		double duplicatesBefore = duplicates();
		TestEvents.publish(approval, eventId);
		FundApi.await("the redelivered event is recognised as a duplicate", TIMEOUT,
				() -> duplicates() >= duplicatesBefore + 1);

		UUID resentId = UUID.randomUUID();
		TestEvents.publish(approval, resentId);
		FundApi.await("the re-sent approval is processed", TIMEOUT,
				() -> this.api.queryLong("SELECT count(*) FROM inbox_event WHERE event_id = ?", resentId) == 1);

		assertThat(this.api.queryLong("SELECT count(*) FROM commitment WHERE match_id = ?", matchId)).isEqualTo(1);
		assertThat(this.api.queryLong("SELECT committed FROM allocation WHERE id = ?", allocationId))
			.isEqualTo(2 * EOK);
		assertThat(this.api.queryLong("SELECT count(*) FROM outbox_event WHERE event_type LIKE 'fund.commitment.%' "
				+ "AND payload->>'matchId' = ?", matchId.toString()))
			.isEqualTo(1);
	}

	@Test
	void reviewsShortOfApprovalReserveNothing() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID matchId = UUID.randomUUID();
		UUID eventId = TestEvents
			.publish(FundApi.review(matchId, allocationId, this.fundId, POHANG_HYDROGEN, EOK, "REJECT", "REJECTED"));
		FundApi.await("the rejection is processed", TIMEOUT,
				() -> this.api.queryLong("SELECT count(*) FROM inbox_event WHERE event_id = ?", eventId) == 1);
		assertThat(this.api.queryLong("SELECT count(*) FROM commitment WHERE match_id = ?", matchId)).isZero();
		assertThat(this.api.queryLong("SELECT count(*) FROM outbox_event WHERE payload->>'matchId' = ?",
				matchId.toString()))
			.isZero();
	}

	@Test
	void aClosedAllocationTakesNoNewCommitments() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		this.api.patchAllocation(allocationId, Map.of("status", "CLOSED", "reason", "사업 종료")).expectStatus().isOk();
		UUID matchId = UUID.randomUUID();
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			TestEvents.publish(approval(matchId, allocationId, this.fundId, POHANG_HYDROGEN, EOK));
			CommitmentRejected rejected = allocations.awaitEvent(EventType.COMMITMENT_REJECTED,
					CommitmentRejected.class, e -> e.matchId().equals(matchId), TIMEOUT);
			assertThat(rejected.reason()).startsWith("배정 마감");
			assertThat(rejected.remaining()).isZero();
		}
		assertThat(this.api.queryLong("SELECT committed FROM allocation WHERE id = ?", allocationId)).isZero();
	}

	@Test
	void anApprovalForAnAllocationThisServiceDoesNotHaveGoesToTheDeadLetterTopic() {
		UUID matchId = UUID.randomUUID();
		try (EventRecorder deadLetters = new EventRecorder(Topics.deadLetter(Topics.MATCHES, "fund-service"))) {
			TestEvents.publish(approval(matchId, UUID.randomUUID(), this.fundId, POHANG_HYDROGEN, EOK));
			var parked = deadLetters.await(r -> r.key().equals(matchId.toString()), TIMEOUT);
			assertThat(EventRecorder.header(parked, "x-error")).contains("does not exist");
		}
	}

	@Test
	void disbursementsArePaidOnACommittedMatchUpToItsCommitment() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID matchId = commit(allocationId, 3 * EOK);
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			this.api.disburse(allocationId, matchId, EOK)
				.expectStatus()
				.isCreated()
				.expectHeader()
				.value(HttpHeaders.LOCATION,
						location -> assertThat(location)
							.startsWith("/api/allocations/" + allocationId + "/disbursements/"))
				.expectBody()
				.jsonPath("$.amount")
				.isEqualTo(EOK)
				.jsonPath("$.matchCommitted")
				.isEqualTo(3 * EOK)
				.jsonPath("$.matchDisbursed")
				.isEqualTo(EOK)
				.jsonPath("$.brn")
				.isEqualTo(POHANG_HYDROGEN)
				.jsonPath("$.note")
				.isEqualTo("1차 집행")
				.jsonPath("$.recordedBy")
				.isEqualTo("op-1");
			FundsDisbursed disbursed = allocations.awaitEvent(EventType.FUNDS_DISBURSED, FundsDisbursed.class,
					e -> e.matchId().equals(matchId), TIMEOUT);
			assertThat(disbursed.amount()).isEqualTo(EOK);
			assertThat(disbursed.matchDisbursed()).isEqualTo(EOK);
			assertThat(disbursed.matchCommitted()).isEqualTo(3 * EOK);
			assertThat(disbursed.fundId()).isEqualTo(this.fundId);
			assertThat(disbursed.brn()).isEqualTo(POHANG_HYDROGEN);
		}

		this.api.disburse(allocationId, matchId, 2 * EOK + 1)
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("disbursement-exceeds-commitment");
		this.api.disburse(allocationId, matchId, 2 * EOK)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.matchDisbursed")
			.isEqualTo(3 * EOK);
		this.api.disburse(allocationId, matchId, 1).expectStatus().isEqualTo(409);

		Map<?, ?> allocation = this.api.getAllocation(allocationId);
		assertThat(number(allocation.get("committed"))).isEqualTo(3 * EOK);
		assertThat(number(allocation.get("disbursed"))).isEqualTo(3 * EOK);
		assertThat(this.api.outboxEvents("fund.disbursement.recorded", allocationId)).isEqualTo(2);
		this.http.get()
			.uri("/api/allocations/{id}/disbursements?size=1&page=1", allocationId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(2)
			.jsonPath("$.content[0].amount")
			.isEqualTo(2 * EOK)
			.jsonPath("$.content[0].matchId")
			.isEqualTo(matchId.toString());
	}

	@Test
	void disbursementsNeedACommittedMatchOfThatAllocation() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID other = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID matchId = commit(allocationId, EOK);

		this.api.disburse(allocationId, UUID.randomUUID(), EOK)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("match-not-committed");
		this.api.disburse(other, matchId, EOK).expectStatus().isEqualTo(409);
		this.api.disburse(UUID.randomUUID(), matchId, EOK).expectStatus().isNotFound();
		this.api.disburse(allocationId, matchId, 0)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("amount");
		this.http.post()
			.uri("/api/allocations/{id}/disbursements", allocationId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("matchId", matchId, "amount", EOK))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get()
			.uri("/api/allocations/{id}/commitments", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(this.api.queryLong("SELECT count(*) FROM disbursement WHERE match_id = ?", matchId)).isZero();
		assertThat(this.api.queryLong("SELECT disbursed FROM allocation WHERE id = ?", allocationId)).isZero();
	}

	@Test
	void theDatabaseItselfRefusesBrokenBudgetsAndRewrittenLedgerEntries() {
		UUID allocationId = this.api.createAllocation(this.fundId, guaranteeLine(5 * EOK));
		UUID matchId = commit(allocationId, 2 * EOK);
		this.api.disburse(allocationId, matchId, EOK).expectStatus().isCreated();

		assertThatThrownBy(
				() -> this.api.execute("UPDATE allocation SET committed = amount + 1 WHERE id = ?", allocationId))
			.hasMessageContaining("allocation_committed_within_amount");
		assertThatThrownBy(
				() -> this.api.execute("UPDATE allocation SET disbursed = committed + 1 WHERE id = ?", allocationId))
			.hasMessageContaining("allocation_disbursed_within_committed");
		assertThatThrownBy(
				() -> this.api.execute("UPDATE commitment SET disbursed = amount + 1 WHERE match_id = ?", matchId))
			.hasMessageContaining("commitment_disbursed_within_amount");
		assertThatThrownBy(
				() -> this.api.execute("UPDATE commitment SET amount = amount * 2 WHERE match_id = ?", matchId))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.api.execute("DELETE FROM commitment WHERE match_id = ?", matchId))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.api.execute("UPDATE disbursement SET amount = 1 WHERE match_id = ?", matchId))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.api.execute("DELETE FROM disbursement WHERE match_id = ?", matchId))
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.api.execute(
						"INSERT INTO commitment (id, allocation_id, fund_id, match_id, brn, amount, committed_at) "
								+ "VALUES (gen_random_uuid(), ?, ?, ?, 'x', 1, now())",
						allocationId, this.fundId, matchId))
			.hasMessageContaining("commitment_one_per_match");
	}

	@Test
	void businessGaugesReportWonByFirstRegionAndIndustryAndNoInvariantViolations() {
		var jejuBio = guaranteeLine(10 * EOK);
		jejuBio.put("regions", List.of("JEJU", "GYEONGNAM"));
		jejuBio.put("industries", List.of("BIO", "HYDROGEN"));
		UUID allocationId = this.api.createAllocation(this.fundId, jejuBio);
		var gyeongnamFirst = guaranteeLine(7 * EOK);
		gyeongnamFirst.put("regions", List.of("GYEONGNAM", "JEJU"));
		gyeongnamFirst.put("industries", List.of("BIO"));
		this.api.createAllocation(this.fundId, gyeongnamFirst);
		UUID matchId = commit(allocationId, 4 * EOK);
		this.api.disburse(allocationId, matchId, EOK).expectStatus().isCreated();

		FundApi.await("gauges of JEJU/BIO show 10억 allocated, 4억 committed, 1억 disbursed", TIMEOUT,
				() -> gauge("fundflow.allocated.won", "JEJU", "BIO") == 10 * EOK
						&& gauge("fundflow.committed.won", "JEJU", "BIO") == 4 * EOK
						&& gauge("fundflow.disbursed.won", "JEJU", "BIO") == EOK
						&& gauge("fundflow.allocated.won", "GYEONGNAM", "BIO") == 7 * EOK);
		assertThat(this.meters.find("fundflow.allocated.won").tag("region", "JEJU").gauges()).hasSize(1);
		for (String invariant : List.of("allocation_commitment", "fund_cap", "ledger_totals")) {
			Gauge violations = this.meters.get("fundflow.budget.invariant.violations")
				.tag("invariant", invariant)
				.gauge();
			assertThat(violations.value()).as(invariant).isZero();
		}
	}

	/**
	 * Approves a new match for {@code amount} and waits until the budget is committed.
	 */
	private UUID commit(UUID allocationId, long amount) {
		UUID matchId = UUID.randomUUID();
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			TestEvents.publish(approval(matchId, allocationId, this.fundId, POHANG_HYDROGEN, amount));
			allocations.awaitEvent(EventType.COMMITMENT_ACCEPTED, CommitmentAccepted.class,
					e -> e.matchId().equals(matchId), TIMEOUT);
		}
		return matchId;
	}

	private double duplicates() {
		Counter counter = this.meters.find("fundflow.events.consumed")
			.tags("type", "matching.match.reviewed", "outcome", "duplicate")
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private double gauge(String name, String region, String industry) {
		Gauge gauge = this.meters.find(name).tags("region", region, "industry", industry).gauge();
		return (gauge != null) ? gauge.value() : Double.NaN;
	}

}
