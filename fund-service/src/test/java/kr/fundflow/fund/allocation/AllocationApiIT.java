package kr.fundflow.fund.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.Topics;
import kr.fundflow.contracts.fund.AllocationAdjusted;
import kr.fundflow.contracts.fund.AllocationClosed;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.TestEvents;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.fund.FundApi.EOK;
import static kr.fundflow.fund.FundApi.JO;
import static kr.fundflow.fund.FundApi.MINISTRY;
import static kr.fundflow.fund.FundApi.OPERATOR;
import static kr.fundflow.fund.FundApi.WORKING_GROUP;
import static kr.fundflow.fund.FundApi.guaranteeLine;
import static kr.fundflow.fund.FundApi.number;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class AllocationApiIT {

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = FundServiceEnvironment.register(registry, "fund_allocations");
	}

	@Autowired
	WebTestClient http;

	FundApi api;

	@BeforeEach
	void api() {
		this.api = new FundApi(this.http, database);
	}

	@Test
	void opensAGuaranteeLineWhoseTermsRoundTripAndAnnouncesIt() {
		UUID fundId = this.api.createFund(150_000 * JO / 1_000);
		Map<String, Object> line = guaranteeLine(5_000 * EOK);
		line.put("minTicket", 1 * EOK);
		line.put("maxTicket", 50 * EOK);
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			String location = this.api.postAllocation(fundId, line)
				.expectStatus()
				.isCreated()
				.expectHeader()
				.value(HttpHeaders.LOCATION, value -> assertThat(value).startsWith("/api/allocations/"))
				.returnResult(Void.class)
				.getResponseHeaders()
				.getLocation()
				.toString();
			UUID id = UUID.fromString(location.substring("/api/allocations/".length()));

			this.http.get()
				.uri(location)
				.header(HttpHeaders.AUTHORIZATION, WORKING_GROUP)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(id.toString())
				.jsonPath("$.fundId")
				.isEqualTo(fundId.toString())
				.jsonPath("$.title")
				.isEqualTo("포항 iM금융 원스톱 지역특화금융")
				.jsonPath("$.channel")
				.isEqualTo("iM뱅크")
				.jsonPath("$.regions[0]")
				.isEqualTo("GYEONGBUK")
				.jsonPath("$.industries")
				.isEqualTo(List.of("HYDROGEN", "AI"))
				.jsonPath("$.instrument")
				.isEqualTo("LOAN_GUARANTEE")
				.jsonPath("$.terms.coverageRatioPct")
				.isEqualTo(100)
				.jsonPath("$.terms.feeDiscountBp")
				.isEqualTo(30)
				.jsonPath("$.terms.subsidyRateBp")
				.isEmpty()
				.jsonPath("$.terms.termMonths")
				.isEmpty()
				.jsonPath("$.stages")
				.isEqualTo(List.of("STARTUP", "GROWTH", "EXPANSION", "LEAP"))
				.jsonPath("$.maxEmployees")
				.isEqualTo(300)
				.jsonPath("$.minTicket")
				.isEqualTo(1 * EOK)
				.jsonPath("$.maxTicket")
				.isEqualTo(50 * EOK)
				.jsonPath("$.amount")
				.isEqualTo(5_000 * EOK)
				.jsonPath("$.committed")
				.isEqualTo(0)
				.jsonPath("$.disbursed")
				.isEqualTo(0)
				.jsonPath("$.remaining")
				.isEqualTo(5_000 * EOK)
				.jsonPath("$.status")
				.isEqualTo("OPEN");

			ConsumerRecord<String, byte[]> record = allocations.await(r -> r.key().equals(id.toString()),
					Duration.ofSeconds(30));
			assertThat(EventRecorder.header(record, "ce_type")).isEqualTo("fund.allocation.allocated");
			assertThat(EventRecorder.header(record, "ce_subject")).isEqualTo(id.toString());
			FundAllocated event = EventCodec.fromJson(record.value(), FundAllocated.class);
			assertThat(event.fundId()).isEqualTo(fundId);
			assertThat(event.amount()).isEqualTo(5_000 * EOK);
			assertThat(event.reviewThreshold()).isEqualTo(100 * EOK);
			assertThat(event.terms().coverageRatioPct()).isEqualTo(100);
			assertThat(event.terms().feeDiscountBp()).isEqualTo(30);
			assertThat(event.regions()).containsExactly("GYEONGBUK");
			assertThat(event.maxTicket()).isEqualTo(50 * EOK);
		}
	}

	@Test
	void anInterestSubsidyOfTwoHundredBasisPointsForTwelveMonthsRoundTrips() {
		UUID fundId = this.api.createFund(1 * JO);
		Map<String, Object> line = guaranteeLine(100 * EOK);
		line.put("channel", "인천광역시 Jump-Up");
		line.put("regions", List.of("INCHEON"));
		line.put("instrument", "INTEREST_SUBSIDY");
		line.put("terms", Map.of("subsidyRateBp", 200, "termMonths", 12));
		UUID id = this.api.createAllocation(fundId, line);

		Map<?, ?> read = this.api.getAllocation(id);
		assertThat(read.get("instrument")).isEqualTo("INTEREST_SUBSIDY");
		Map<?, ?> terms = (Map<?, ?>) read.get("terms");
		assertThat(terms.get("subsidyRateBp")).isEqualTo(200);
		assertThat(terms.get("termMonths")).isEqualTo(12);
		assertThat(terms.get("coverageRatioPct")).isNull();
		assertThat(terms.get("feeDiscountBp")).isNull();
	}

	@Test
	void anAllocationBeyondTheFundCapIsRefusedWith409AndCreatesNothing() {
		UUID fundId = this.api.createFund(1_000 * EOK);
		this.api.createAllocation(fundId, guaranteeLine(600 * EOK));
		long allocationsBefore = countAllocations(fundId);

		this.api.postAllocation(fundId, guaranteeLine(401 * EOK))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("fund-cap-exceeded")
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("has 40000000000 won of its cap left"));

		assertThat(countAllocations(fundId)).isEqualTo(allocationsBefore).isEqualTo(1);
		assertThat(this.api.queryLong("SELECT count(*) FROM allocation WHERE fund_id = ?", fundId)).isEqualTo(1);
		assertThat(this.api.queryLong("SELECT count(*) FROM outbox_event WHERE event_type = "
				+ "'fund.allocation.allocated' AND payload->>'fundId' = ?", fundId.toString()))
			.isEqualTo(1);
		assertThat(this.api.queryLong("SELECT allocated FROM fund WHERE id = ?", fundId)).isEqualTo(600 * EOK);

		// an absurd amount is refused the same way, not with a database error
		this.api.postAllocation(fundId, guaranteeLine(Long.MAX_VALUE))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("fund-cap-exceeded");

		// exactly what is left still fits, to the won
		this.api.createAllocation(fundId, guaranteeLine(400 * EOK));
		assertThat(this.api.queryLong("SELECT allocated FROM fund WHERE id = ?", fundId)).isEqualTo(1_000 * EOK);
	}

	@Test
	void concurrentAllocationsNeverExceedTheFundCap() throws Exception {
		UUID fundId = this.api.createFund(1_000 * EOK);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<Integer>> requests = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				requests.add(() -> this.api.postAllocation(fundId, guaranteeLine(100 * EOK))
					.returnResult(Void.class)
					.getStatus()
					.value());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(requests)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn(status -> status == 201).hasSize(10);
			assertThat(statuses).filteredOn(status -> status == 409).hasSize(14);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.api.queryLong("SELECT allocated FROM fund WHERE id = ?", fundId)).isEqualTo(1_000 * EOK);
		assertThat(this.api.queryLong("SELECT sum(amount) FROM allocation WHERE fund_id = ?", fundId))
			.isEqualTo(1_000 * EOK);
	}

	@Test
	void theDatabaseItselfRefusesAFundAllocatedBeyondItsCap() {
		UUID fundId = this.api.createFund(1_000 * EOK);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.api.execute("UPDATE fund SET allocated = total_cap + 1 WHERE id = ?", fundId))
			.hasMessageContaining("fund_check");
	}

	@Test
	void refusesBadPlansWith400NamingTheFieldAndCreatesNothing() {
		UUID fundId = this.api.createFund(1 * JO);
		assertRefused(fundId, with("regions", List.of("GYEONGBUK", "POHANG")), "regions");
		assertRefused(fundId, with("industries", List.of("QUANTUM")), "industries");
		assertRefused(fundId, with("instrument", "LOAN"), "instrument");
		assertRefused(fundId, with("regions", List.of()), "regions");
		assertRefused(fundId, with("stages", List.of("SEED")), "stages");
		assertRefused(fundId, with("stages", List.of()), "stages");
		assertRefused(fundId, with("terms", Map.of("feeDiscountBp", 30)), "terms.coverageRatioPct");
		assertRefused(fundId, with("terms", Map.of("coverageRatioPct", 101, "feeDiscountBp", 30)),
				"terms.coverageRatioPct");
		assertRefused(fundId, with("terms", Map.of("coverageRatioPct", 100, "feeDiscountBp", 30, "subsidyRateBp", 200)),
				"terms.subsidyRateBp");
		Map<String, Object> grantWithTerms = with("instrument", "GRANT");
		assertRefused(fundId, grantWithTerms, "terms.coverageRatioPct");
		Map<String, Object> subsidyWithoutTerm = with("instrument", "INTEREST_SUBSIDY");
		subsidyWithoutTerm.put("terms", Map.of("subsidyRateBp", 200));
		assertRefused(fundId, subsidyWithoutTerm, "terms.termMonths");
		assertRefused(fundId, with("amount", 0), "amount");
		assertRefused(fundId, with("channel", ""), "channel");
		assertRefused(fundId, with("channel", "iM\u0000뱅크"), "channel");
		Map<String, Object> inverted = with("minTicket", 10 * EOK);
		inverted.put("maxTicket", 5 * EOK);
		assertRefused(fundId, inverted, "maxTicket");
		assertRefused(fundId, with("maxTicket", 2 * JO), "maxTicket");
		assertRefused(fundId, with("minTicket", -1), "minTicket");
		assertRefused(fundId, with("committed", 5), "committed");
		this.api.postAllocation(fundId, "{\"channel\":\"x\",\"amount\":1.5}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("amount");
		assertThat(countAllocations(fundId)).isZero();
		assertThat(this.api.queryLong("SELECT allocated FROM fund WHERE id = ?", fundId)).isZero();
	}

	@Test
	void anAllocationUnderAnUnknownFundIs404() {
		this.api.postAllocation(UUID.randomUUID(), guaranteeLine(EOK))
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void onlyOperatorsOpenAllocationsAndEveryoneElseReads() {
		UUID fundId = this.api.createFund(1 * JO);
		UUID id = this.api.createAllocation(fundId, guaranteeLine(EOK));
		for (String reader : new String[] { MINISTRY, WORKING_GROUP }) {
			this.http.post()
				.uri("/api/funds/{fundId}/allocations", fundId)
				.header(HttpHeaders.AUTHORIZATION, reader)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(guaranteeLine(EOK))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.http.patch()
				.uri("/api/allocations/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, reader)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("status", "CLOSED", "reason", "x"))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.http.get()
				.uri("/api/allocations?fundId={fundId}", fundId)
				.header(HttpHeaders.AUTHORIZATION, reader)
				.exchange()
				.expectStatus()
				.isOk();
		}
		this.http.get().uri("/api/allocations/{id}", id).exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/allocations/{id}", id)
			.header(HttpHeaders.AUTHORIZATION, FundApi.OPS)
			.exchange()
			.expectStatus()
			.isForbidden();
		assertThat(countAllocations(fundId)).isEqualTo(1);
	}

	@Test
	void adjustsUpWithinTheCapAndDownToGiveBudgetBackAnnouncingEachChange() {
		UUID fundId = this.api.createFund(1_000 * EOK);
		UUID id = this.api.createAllocation(fundId, guaranteeLine(500 * EOK));
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			this.api.patchAllocation(id, Map.of("amount", 700 * EOK, "reason", "포항 수요 증가"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.amount")
				.isEqualTo(700 * EOK)
				.jsonPath("$.remaining")
				.isEqualTo(700 * EOK);
			AllocationAdjusted up = allocations.awaitEvent(EventType.ALLOCATION_ADJUSTED, AllocationAdjusted.class,
					e -> e.allocationId().equals(id) && e.amount() == 700 * EOK, Duration.ofSeconds(30));
			assertThat(up.previousAmount()).isEqualTo(500 * EOK);
			assertThat(up.reason()).isEqualTo("포항 수요 증가");
			assertThat(up.fundId()).isEqualTo(fundId);

			this.api.patchAllocation(id, Map.of("amount", 1_001 * EOK, "reason", "더"))
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("fund-cap-exceeded");
			assertThat(number(this.api.getAllocation(id).get("amount"))).isEqualTo(700 * EOK);

			this.api.patchAllocation(id, Map.of("amount", 200 * EOK, "reason", "집행 부진")).expectStatus().isOk();
			allocations.awaitEvent(EventType.ALLOCATION_ADJUSTED, AllocationAdjusted.class,
					e -> e.allocationId().equals(id) && e.amount() == 200 * EOK && e.previousAmount() == 700 * EOK,
					Duration.ofSeconds(30));
		}
		assertThat(this.api.queryLong("SELECT allocated FROM fund WHERE id = ?", fundId)).isEqualTo(200 * EOK);
		// the budget given back is free for another line
		this.api.createAllocation(fundId, guaranteeLine(800 * EOK));
	}

	@Test
	void anAdjustmentBelowWhatIsCommittedIsRefusedWith409() {
		UUID fundId = this.api.createFund(1_000 * EOK);
		UUID id = this.api.createAllocation(fundId, guaranteeLine(5 * EOK));
		UUID matchId = UUID.randomUUID();
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			TestEvents.publish(FundApi.approval(matchId, id, fundId, "5068212349", 3 * EOK));
			allocations.awaitEvent(EventType.COMMITMENT_ACCEPTED, CommitmentAccepted.class,
					e -> e.matchId().equals(matchId), Duration.ofSeconds(30));
		}
		this.api.patchAllocation(id, Map.of("amount", 3 * EOK - 1, "reason", "축소"))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("allocation-below-committed");
		assertThat(number(this.api.getAllocation(id).get("amount"))).isEqualTo(5 * EOK);
		assertThat(this.api.outboxEvents("fund.allocation.adjusted", id)).isZero();

		this.api.patchAllocation(id, Map.of("amount", 3 * EOK, "reason", "축소"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.remaining")
			.isEqualTo(0);
	}

	@Test
	void closesOnceAndAnnouncesIt() {
		UUID fundId = this.api.createFund(1_000 * EOK);
		UUID id = this.api.createAllocation(fundId, guaranteeLine(5 * EOK));
		try (EventRecorder allocations = new EventRecorder(Topics.ALLOCATIONS)) {
			this.api.patchAllocation(id, Map.of("status", "CLOSED", "reason", "사업 종료"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("CLOSED");
			AllocationClosed closed = allocations.awaitEvent(EventType.ALLOCATION_CLOSED, AllocationClosed.class,
					e -> e.allocationId().equals(id), Duration.ofSeconds(30));
			assertThat(closed.reason()).isEqualTo("사업 종료");
			assertThat(closed.fundId()).isEqualTo(fundId);
		}
		this.api.patchAllocation(id, Map.of("status", "CLOSED", "reason", "again"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("allocation-already-closed");
		this.api.patchAllocation(id, Map.of("amount", 6 * EOK, "reason", "more"))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("allocation-closed");
		assertThat(this.api.outboxEvents("fund.allocation.closed", id)).isEqualTo(1);
		assertThat(this.api.getAllocation(id).get("status")).isEqualTo("CLOSED");
	}

	@Test
	void refusesMalformedChanges() {
		UUID fundId = this.api.createFund(1_000 * EOK);
		UUID id = this.api.createAllocation(fundId, guaranteeLine(5 * EOK));
		assertChangeRefused(id, Map.of("amount", 6 * EOK, "status", "CLOSED", "reason", "x"), "status");
		assertChangeRefused(id, Map.of("status", "OPEN", "reason", "x"), "status");
		assertChangeRefused(id, Map.of("status", "DONE", "reason", "x"), "status");
		assertChangeRefused(id, Map.of("amount", 6 * EOK), "reason");
		assertChangeRefused(id, Map.of("status", "CLOSED", "reason", " "), "reason");
		assertChangeRefused(id, Map.of("reason", "x"), "amount");
		assertChangeRefused(id, Map.of("amount", 0, "reason", "x"), "amount");
		this.api.patchAllocation(UUID.randomUUID(), Map.of("status", "CLOSED", "reason", "x"))
			.expectStatus()
			.isNotFound();
		this.http.get()
			.uri("/api/allocations/{id}", UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		Map<?, ?> unchanged = this.api.getAllocation(id);
		assertThat(number(unchanged.get("amount"))).isEqualTo(5 * EOK);
		assertThat(unchanged.get("status")).isEqualTo("OPEN");
	}

	@Test
	void listsFilterAndPageInAStableOrder() {
		UUID fundId = this.api.createFund(1 * JO);
		UUID pohang = this.api.createAllocation(fundId, guaranteeLine(10 * EOK));
		Map<String, Object> busanBio = guaranteeLine(20 * EOK);
		busanBio.put("regions", List.of("BUSAN", "GYEONGBUK"));
		busanBio.put("industries", List.of("BIO"));
		busanBio.put("instrument", "DIRECT_INVESTMENT");
		busanBio.remove("terms");
		UUID busan = this.api.createAllocation(fundId, busanBio);
		UUID closed = this.api.createAllocation(fundId, guaranteeLine(30 * EOK));
		this.api.patchAllocation(closed, Map.of("status", "CLOSED", "reason", "종료")).expectStatus().isOk();

		assertThat(ids("fundId=" + fundId)).containsExactly(pohang, busan, closed);
		assertThat(ids("fundId=" + fundId + "&region=GYEONGBUK")).containsExactly(pohang, busan, closed);
		assertThat(ids("fundId=" + fundId + "&region=BUSAN")).containsExactly(busan);
		assertThat(ids("fundId=" + fundId + "&industry=BIO")).containsExactly(busan);
		assertThat(ids("fundId=" + fundId + "&instrument=LOAN_GUARANTEE")).containsExactly(pohang, closed);
		assertThat(ids("fundId=" + fundId + "&status=OPEN")).containsExactly(pohang, busan);
		assertThat(ids("fundId=" + fundId + "&status=CLOSED&region=GYEONGBUK")).containsExactly(closed);

		this.http.get()
			.uri("/api/allocations?fundId={fundId}&page=1&size=2", fundId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.content.length()")
			.isEqualTo(1)
			.jsonPath("$.content[0].id")
			.isEqualTo(closed.toString())
			.jsonPath("$.page")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(2)
			.jsonPath("$.totalElements")
			.isEqualTo(3)
			.jsonPath("$.totalPages")
			.isEqualTo(2);

		for (String bad : new String[] { "region=POHANG", "industry=ai", "instrument=LOAN", "status=DONE", "size=201",
				"page=-1", "fundId=not-a-uuid", "format=xml" }) {
			this.http.get()
				.uri("/api/allocations?" + bad)
				.header(HttpHeaders.AUTHORIZATION, MINISTRY)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	private List<UUID> ids(String query) {
		Map<?, ?> page = this.http.get()
			.uri("/api/allocations?" + query)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) page.get("content")).stream()
			.map(item -> UUID.fromString((String) ((Map<?, ?>) item).get("id")))
			.toList();
	}

	private long countAllocations(UUID fundId) {
		Map<?, ?> page = this.http.get()
			.uri("/api/allocations?fundId={fundId}", fundId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return number(page.get("totalElements"));
	}

	private static Map<String, Object> with(String field, Object value) {
		Map<String, Object> body = new HashMap<>(guaranteeLine(10 * EOK));
		body.put(field, value);
		return body;
	}

	private void assertRefused(UUID fundId, Map<String, Object> body, String field) {
		this.api.postAllocation(fundId, body)
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	private void assertChangeRefused(UUID id, Map<String, Object> body, String field) {
		this.api.patchAllocation(id, body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
