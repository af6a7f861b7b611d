package kr.fundflow.matching.match;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.fund.FundAllocated;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.matching.match.application.PendingReviewsGauge;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.ServiceTestEnvironment;
import kr.fundflow.testsupport.TestEvents;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.matching.match.ContractEvents.EOK;
import static kr.fundflow.matching.match.ContractEvents.brn;
import static kr.fundflow.matching.match.MatchingHttp.MINISTRY;
import static kr.fundflow.matching.match.MatchingHttp.workingGroup;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regional review on the real broker and database: who may see and review what, four
 * eyes, the fund side's answers, the review history, CSV export and the pending gauge.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class MatchReviewIT {

	private static final String GYEONGBUK_1 = workingGroup("wg-gyeongbuk-1", "GYEONGBUK");

	private static final String GYEONGBUK_2 = workingGroup("wg-gyeongbuk-2", "GYEONGBUK");

	private static final String JEONNAM = workingGroup("wg-jeonnam-1", "JEONNAM");

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = ServiceTestEnvironment.register(registry, "matching_review");
	}

	@Autowired
	WebTestClient client;

	@Autowired
	PendingReviewsGauge pendingReviews;

	MatchingHttp http;

	Inbox inbox;

	@BeforeEach
	void setUp() {
		this.http = new MatchingHttp(this.client);
		this.inbox = new Inbox(database);
	}

	@Test
	void onlyTheRegionsWorkingGroupSeesAndReviewsItsMatchesAndTheFundSidesAnswersAreShown() {
		FundAllocated line = ContractEvents.allocation("GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", 5 * EOK, EOK,
				5 * EOK);
		CompanyRegistered pohang = ContractEvents.company(brn(), "포항수소에너지㈜", "GYEONGBUK", "HYDROGEN", 3 * EOK,
				"LOAN_GUARANTEE");
		CompanyRegistered gyeongju = ContractEvents.company(brn(), "경주그린수소㈜", "GYEONGBUK", "HYDROGEN", 3 * EOK,
				"LOAN_GUARANTEE");
		TestEvents.publish(line);
		TestEvents.publish(pohang);
		TestEvents.publish(gyeongju);
		List<Map<String, Object>> proposed = this.http.awaitMatches("allocationId=" + line.allocationId(),
				found -> found.size() == 2);
		Object first = idOf(proposed, pohang.brn());
		Object second = idOf(proposed, gyeongju.brn());

		// JEONNAM's working group: the matches do not exist for it.
		this.http.get(JEONNAM, "/api/matches/{id}", first).expectStatus().isNotFound();
		this.http.review(JEONNAM, first, Map.of("decision", "APPROVE")).expectStatus().isNotFound();
		assertThat(this.http.content(JEONNAM, "/api/matches?region=GYEONGBUK&size=200")).isEmpty();
		assertThat(this.http.content(JEONNAM, "/api/matches?allocationId={id}", line.allocationId())).isEmpty();
		// Others may read but not review.
		this.http.review(MINISTRY, first, Map.of("decision", "APPROVE")).expectStatus().isForbidden();
		this.http.review(TestJwt.token("op-1", "OPERATOR"), first, Map.of("decision", "APPROVE"))
			.expectStatus()
			.isForbidden();
		this.http.get(TestJwt.token("ops-1", "OPS"), "/api/matches").expectStatus().isForbidden();
		this.client.get().uri("/api/matches").exchange().expectStatus().isUnauthorized();
		assertThat(this.http.content(GYEONGBUK_1, "/api/matches?allocationId={id}", line.allocationId())).hasSize(2);

		try (EventRecorder matches = new EventRecorder(Topics.MATCHES)) {
			Map<?, ?> approved = this.http
				.review(GYEONGBUK_1, first, Map.of("decision", "APPROVE", "reason", "수소 클러스터 핵심 기업"))
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(approved.get("status")).isEqualTo("APPROVED");
			assertThat(approved.get("approvals")).isEqualTo(1);

			ConsumerRecord<String, byte[]> record = matches.await(
					r -> r.key().equals(first)
							&& EventType.MATCH_REVIEWED.logicalName().equals(EventRecorder.header(r, "ce_type")),
					Duration.ofSeconds(30));
			MatchReviewed reviewed = EventCodec.fromJson(record.value(), MatchReviewed.class);
			assertThat(reviewed.status()).isEqualTo("APPROVED");
			assertThat(reviewed.decision()).isEqualTo("APPROVE");
			assertThat(reviewed.reviewer()).isEqualTo("wg-gyeongbuk-1");
			assertThat(reviewed.reason()).isEqualTo("수소 클러스터 핵심 기업");
			assertThat(reviewed.amount()).isEqualTo(3 * EOK);
			assertThat(reviewed.approvals()).isEqualTo(1);
			assertThat(reviewed.allocationId()).isEqualTo(line.allocationId());
			assertThat(GoldenFields.of(record.value())).isEqualTo(GoldenFields.of(EventType.MATCH_REVIEWED));
		}

		// fund-service reserves 3억 of 5억: COMMITTED, and the other proposal is re-scored
		// for the 2억 left (budget points 15 * 2/3 = 10).
		TestEvents
			.publish(ContractEvents.accepted(line, UUID.fromString(first.toString()), pohang.brn(), 3 * EOK, 3 * EOK));
		Map<String, Object> committed = this.http.awaitStatus(first, "COMMITTED");
		assertThat(committed.get("committedAmount")).isEqualTo(300_000_000);
		this.http.awaitMatches("brn=" + gyeongju.brn(), found -> found.get(0).get("score").equals(90));

		this.http.review(GYEONGBUK_2, second, Map.of("decision", "APPROVE")).expectStatus().isOk();
		TestEvents.publish(ContractEvents.rejected(line, UUID.fromString(second.toString()), gyeongju.brn(), 3 * EOK,
				2 * EOK, "잔여 예산 부족"));
		Map<String, Object> refused = this.http.awaitStatus(second, "BUDGET_REJECTED");
		assertThat(refused.get("budgetRejection")).isEqualTo(Map.of("reason", "잔여 예산 부족", "remaining", 200_000_000));

		// Money paid out in part, then in full.
		TestEvents.publish(
				ContractEvents.disbursed(line, UUID.fromString(first.toString()), pohang.brn(), EOK, EOK, 3 * EOK));
		Map<String, Object> partly = this.http.awaitStatus(first, "DISBURSED");
		assertThat(partly.get("disbursed")).isEqualTo(100_000_000);
		assertThat(partly.get("fullyDisbursed")).isEqualTo(false);
		TestEvents.publish(ContractEvents.disbursed(line, UUID.fromString(first.toString()), pohang.brn(), 2 * EOK,
				3 * EOK, 3 * EOK));
		Map<String, Object> fully = this.http
			.awaitMatches("brn=" + pohang.brn(), found -> found.get(0).get("disbursed").equals(300_000_000))
			.get(0);
		assertThat(fully.get("fullyDisbursed")).isEqualTo(true);

		// The whole life, in order, with who and why.
		Map<String, Object> history = this.http.getJson(GYEONGBUK_1, "/api/matches/{id}", first);
		assertThat(entries(history, "reviews")).hasSize(1);
		assertThat(entries(history, "history")).extracting(entry -> entry.get("to") + " by " + entry.get("by"))
			.containsExactly("PROPOSED by matching-service", "APPROVED by wg-gyeongbuk-1", "COMMITTED by fund-service",
					"DISBURSED by fund-service", "DISBURSED by fund-service");

		// Decided matches cannot be reviewed again.
		this.http.review(GYEONGBUK_2, first, Map.of("decision", "REJECT", "reason", "재검토"))
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.review(GYEONGBUK_1, second, Map.of("decision", "APPROVE")).expectStatus().isEqualTo(409);
	}

	@Test
	void atOrAboveTheReviewThresholdTwoDifferentMembersMustApprove() {
		FundAllocated line = ContractEvents.allocation("GYEONGNAM", "FUTURE_MOBILITY", "INFRA_INVESTMENT_LOAN",
				1_000 * EOK, 10 * EOK, 300 * EOK);
		CompanyRegistered plant = ContractEvents.company(brn(), "창원모빌리티㈜", "GYEONGNAM", "FUTURE_MOBILITY", 150 * EOK,
				"INFRA_INVESTMENT_LOAN");
		TestEvents.publish(line);
		TestEvents.publish(plant);
		Map<String, Object> match = this.http.awaitMatches("brn=" + plant.brn(), found -> found.size() == 1).get(0);
		Object id = match.get("id");
		assertThat(match.get("amount")).isEqualTo(15_000_000_000L);
		assertThat(match.get("requiredApprovals")).isEqualTo(2);
		String first = workingGroup("wg-gyeongnam-1", "GYEONGNAM");
		String second = workingGroup("wg-gyeongnam-2", "GYEONGNAM");

		try (EventRecorder matches = new EventRecorder(Topics.MATCHES)) {
			this.http.review(first, id, Map.of("decision", "APPROVE"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("PROPOSED")
				.jsonPath("$.approvals")
				.isEqualTo(1);
			MatchReviewed half = matches.awaitEvent(EventType.MATCH_REVIEWED, MatchReviewed.class,
					e -> e.matchId().toString().equals(id), Duration.ofSeconds(30));
			assertThat(half.status()).isEqualTo("PROPOSED");
			assertThat(half.approvals()).isEqualTo(1);

			this.http.review(first, id, Map.of("decision", "APPROVE"))
				.expectStatus()
				.isEqualTo(409)
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("already-approved");

			this.http.review(second, id, Map.of("decision", "APPROVE"))
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("APPROVED")
				.jsonPath("$.approvals")
				.isEqualTo(2);
			MatchReviewed full = matches.awaitEvent(EventType.MATCH_REVIEWED, MatchReviewed.class,
					e -> e.matchId().toString().equals(id) && e.status().equals("APPROVED"), Duration.ofSeconds(30));
			assertThat(full.approvals()).isEqualTo(2);
			assertThat(full.reviewer()).isEqualTo("wg-gyeongnam-2");
		}
		assertThat(this.inbox.count("SELECT count(*) FROM match_review WHERE match_id = ?",
				UUID.fromString(id.toString())))
			.isEqualTo(2);
	}

	@Test
	void aRejectionNeedsAReasonAndEndsTheMatch() {
		Object id = proposeIn("BUSAN", "SHIPBUILDING", "부산해양㈜").get("id");
		String member = workingGroup("wg-busan-1", "BUSAN");

		this.http.review(member, id, Map.of("decision", "REJECT"))
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("reason");
		this.http.review(member, id, Map.of("decision", "REJECT", "reason", "  ")).expectStatus().isBadRequest();
		this.http.review(member, id, Map.of("decision", "MAYBE")).expectStatus().isBadRequest();
		this.http.review(member, id, Map.of("reason", "no decision")).expectStatus().isBadRequest();
		// Server-controlled fields cannot be sent.
		this.http.review(member, id, Map.of("decision", "APPROVE", "status", "APPROVED")).expectStatus().isBadRequest();
		this.http.review(member, id, Map.of("decision", "APPROVE", "reviewer", "someone-else"))
			.expectStatus()
			.isBadRequest();
		assertThat(this.http.getJson(member, "/api/matches/{id}", id).get("status")).isEqualTo("PROPOSED");
		assertThat(this.inbox.count("SELECT count(*) FROM match_review WHERE match_id = ?",
				UUID.fromString(id.toString())))
			.isZero();

		this.http.review(member, id, Map.of("decision", "REJECT", "reason", "사업계획 불충분"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("REJECTED")
			.jsonPath("$.reviews[0].decision")
			.isEqualTo("REJECT")
			.jsonPath("$.reviews[0].reason")
			.isEqualTo("사업계획 불충분")
			.jsonPath("$.reviews[0].reviewer")
			.isEqualTo("wg-busan-1");
		this.http.review(workingGroup("wg-busan-2", "BUSAN"), id, Map.of("decision", "APPROVE"))
			.expectStatus()
			.isEqualTo(409);
		this.http.get(member, "/api/matches/{id}", UUID.randomUUID()).expectStatus().isNotFound();
	}

	@Test
	void aRequestForInformationIsAnsweredByTheCompanysNextUpdate() {
		CompanyRegistered company = ContractEvents.company(brn(), "대구로봇㈜", "DAEGU", "HUMANOID_ROBOTICS", 3 * EOK,
				"LOW_RATE_LOAN");
		Object id = proposeIn(company, "DAEGU", "HUMANOID_ROBOTICS").get("id");
		String member = workingGroup("wg-daegu-1", "DAEGU");

		this.http.review(member, id, Map.of("decision", "REQUEST_INFO", "reason", "매출 증빙 필요"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("INFO_REQUESTED");
		this.http.review(member, id, Map.of("decision", "APPROVE")).expectStatus().isEqualTo(409);

		TestEvents.publish(ContractEvents.update(company, 2, "GROWTH", 3 * EOK));
		Map<String, Object> back = this.http.awaitStatus(id, "PROPOSED");
		assertThat(back.get("reviewRound")).isEqualTo(2);
		assertThat(entries(back, "history")).extracting(entry -> entry.get("to"))
			.containsExactly("PROPOSED", "INFO_REQUESTED", "PROPOSED");
		this.http.review(member, id, Map.of("decision", "APPROVE"))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("APPROVED");
	}

	@Test
	void theCsvExportHasEveryRowOfTheScopedListWithABomAndKoreanIntact() {
		FundAllocated line = ContractEvents.allocation("CHUNGNAM", "ENERGY_EFFICIENCY", "INTEREST_SUBSIDY", 100 * EOK,
				EOK, 5 * EOK);
		TestEvents.publish(line);
		for (int i = 0; i < 23; i++) {
			TestEvents.publish(ContractEvents.company(brn(), "충남에너지" + i + ",\"효율\"㈜", "CHUNGNAM", "ENERGY_EFFICIENCY",
					2 * EOK, "INTEREST_SUBSIDY"));
		}
		this.http.awaitMatches("allocationId=" + line.allocationId(), found -> found.size() == 23);

		byte[] csv = this.client.get()
			.uri("/api/matches?allocationId={id}&columns=brn,companyName,amount,status", line.allocationId())
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(MINISTRY))
			.accept(new MediaType("text", "csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"matches.csv\"")
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(24);
		assertThat(lines[0]).isEqualTo("brn,companyName,amount,status");
		assertThat(lines[1]).matches("[0-9]{10},\"충남에너지[0-9]+,\"\"효율\"\"㈜\",200000000,PROPOSED");

		// ?format=csv gives the same, and a working group only its own region's rows.
		byte[] byParameter = this.client.get()
			.uri("/api/matches?allocationId={id}&format=csv&columns=brn,companyName,amount,status", line.allocationId())
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(MINISTRY))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(byParameter).isEqualTo(csv);
		byte[] otherRegion = this.client.get()
			.uri("/api/matches?allocationId={id}&format=csv", line.allocationId())
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(JEONNAM))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(new String(otherRegion, StandardCharsets.UTF_8).split("\r\n")).hasSize(1);

		this.http.get(MINISTRY, "/api/matches?format=csv&columns=brn,secret")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("columns");
		// A client that accepts only CSV still gets its refusal as problem details.
		this.client.get()
			.uri("/api/matches?region=ATLANTIS")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(MINISTRY))
			.accept(new MediaType("text", "csv"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("region");
	}

	@Test
	void listsAreFilteredPagedAndSortedByScoreAndBadFiltersAreRefused() {
		FundAllocated line = ContractEvents.allocation("SEJONG", "AI", "GRANT", 100 * EOK, EOK, 5 * EOK);
		TestEvents.publish(line);
		CompanyRegistered certified = new CompanyRegistered(brn(), "세종AI㈜", "SEJONG", List.of("AI"), "GROWTH", 30, EOK,
				null, List.of("INNOBIZ", "TECH_INNOVATION"),
				List.of(new kr.fundflow.contracts.company.CompanyDemand(2 * EOK, "AI 학습 서버", List.of("GRANT"))), 1,
				line.allocatedAt());
		CompanyRegistered plain = ContractEvents.company(brn(), "세종데이터㈜", "SEJONG", "AI", 2 * EOK, "GRANT");
		TestEvents.publish(certified);
		TestEvents.publish(plain);
		this.http.awaitMatches("allocationId=" + line.allocationId(), found -> found.size() == 2);

		Map<String, Object> page = this.http.getJson(MINISTRY, "/api/matches?region=SEJONG&status=PROPOSED&size=1");
		assertThat(page.get("totalElements")).isEqualTo(2);
		assertThat(page.get("totalPages")).isEqualTo(2);
		assertThat(page.get("size")).isEqualTo(1);
		List<?> content = (List<?>) page.get("content");
		assertThat(((Map<?, ?>) content.get(0)).get("brn")).isEqualTo(certified.brn());
		assertThat(((Map<?, ?>) content.get(0)).get("score")).isEqualTo(100);
		assertThat(this.http.content(MINISTRY, "/api/matches?region=SEJONG&page=1&size=1"))
			.extracting(m -> m.get("brn"))
			.containsExactly(plain.brn());
		assertThat(this.http.content(MINISTRY, "/api/matches?brn={brn}",
				plain.brn().substring(0, 3) + "-" + plain.brn().substring(3, 5) + "-" + plain.brn().substring(5)))
			.hasSize(1);
		assertThat(this.http.content(MINISTRY, "/api/matches?region=SEJONG&status=APPROVED")).isEmpty();

		this.http.get(MINISTRY, "/api/matches?status=DONE")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		this.http.get(MINISTRY, "/api/matches?region=ATLANTIS")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("region");
		this.http.get(MINISTRY, "/api/matches?brn=123").expectStatus().isBadRequest();
		this.http.get(MINISTRY, "/api/matches?size=201").expectStatus().isBadRequest();
		this.http.get(MINISTRY, "/api/matches?allocationId=not-a-uuid").expectStatus().isBadRequest();
		this.http.get(MINISTRY, "/api/matches/not-a-uuid").expectStatus().isBadRequest();
	}

	@Test
	void pendingReviewsAreAGaugePerRegion() {
		FundAllocated line = ContractEvents.allocation("GWANGJU", "AI_FACTORY", "LOW_RATE_LOAN", 10 * EOK, EOK,
				5 * EOK);
		TestEvents.publish(line);
		TestEvents
			.publish(ContractEvents.company(brn(), "광주AI팩토리㈜", "GWANGJU", "AI_FACTORY", 3 * EOK, "LOW_RATE_LOAN"));
		TestEvents
			.publish(ContractEvents.company(brn(), "광주스마트공장㈜", "GWANGJU", "AI_FACTORY", 3 * EOK, "LOW_RATE_LOAN"));
		this.http.awaitMatches("allocationId=" + line.allocationId(), found -> found.size() == 2);
		this.pendingReviews.refresh().block(Duration.ofSeconds(10));
		assertThat(this.pendingReviews.pending("GWANGJU")).isEqualTo(2);

		String metrics = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("ops-1", "OPS")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<String> series = metrics.lines().filter(row -> row.startsWith("fundflow_pending_reviews{")).toList();
		assertThat(series).hasSize(17);
		assertThat(series).anyMatch(row -> row.contains("region=\"GWANGJU\"") && row.endsWith(" 2.0"));
		assertThat(series).anyMatch(row -> row.contains("region=\"JEJU\"") && row.endsWith(" 0.0"));
	}

	private Map<String, Object> proposeIn(String region, String industry, String companyName) {
		CompanyRegistered company = ContractEvents.company(brn(), companyName, region, industry, 3 * EOK,
				"LOW_RATE_LOAN");
		return proposeIn(company, region, industry);
	}

	private Map<String, Object> proposeIn(CompanyRegistered company, String region, String industry) {
		FundAllocated line = ContractEvents.allocation(region, industry, "LOW_RATE_LOAN", 10 * EOK, EOK, 5 * EOK);
		TestEvents.publish(line);
		TestEvents.publish(company);
		return this.http.awaitMatches("brn=" + company.brn(), found -> found.size() == 1).get(0);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> entries(Map<String, Object> match, String field) {
		return (List<Map<String, Object>>) match.get(field);
	}

	private static Object idOf(List<Map<String, Object>> matches, String brn) {
		return matches.stream().filter(m -> m.get("brn").equals(brn)).findFirst().orElseThrow().get("id");
	}

}
