package kr.fundflow.fund.flow;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
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

import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.testsupport.TestEvents;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.fund.FundApi.EOK;
import static kr.fundflow.fund.FundApi.JO;
import static kr.fundflow.fund.FundApi.MINISTRY;
import static kr.fundflow.fund.FundApi.OPERATOR;
import static kr.fundflow.fund.FundApi.OPS;
import static kr.fundflow.fund.FundApi.WORKING_GROUP;
import static kr.fundflow.fund.FundApi.guaranteeLine;
import static kr.fundflow.fund.FundApi.number;
import static kr.fundflow.fund.flow.Dashboard.stages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard API over the flow read model, fed the way production feeds it:
 * allocations through the real API (their events through the outbox and Kafka),
 * matching-service's events on Kafka, commitments by the real ledger, disbursements
 * through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class DashboardIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final List<String> REGIONS = List.of("SEOUL", "BUSAN", "DAEGU", "INCHEON", "GWANGJU", "DAEJEON",
			"ULSAN", "SEJONG", "GYEONGGI", "GANGWON", "CHUNGBUK", "CHUNGNAM", "JEONBUK", "JEONNAM", "GYEONGBUK",
			"GYEONGNAM", "JEJU");

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = FundServiceEnvironment.register(registry, "fund_dashboard");
	}

	@Autowired
	WebTestClient http;

	@Autowired
	MeterRegistry meters;

	FundApi api;

	Dashboard dashboard;

	@BeforeEach
	void clients() {
		this.api = new FundApi(this.http, database);
		this.dashboard = new Dashboard(this.http);
	}

	@Test
	void everyStageAndBothEarmarksShowExactFiguresBuiltFromTheEvents() {
		UUID fundId = nationalGrowthFund();
		UUID pohang = this.api.createAllocation(fundId, guaranteeLine(2 * JO));
		UUID gimpo = this.api.createAllocation(fundId, aiInvestmentInGyeonggi(JO));
		this.api.patchAllocation(pohang, Map.of("amount", 25 * JO / 10, "reason", "포항 증액")).expectStatus().isOk();

		// Approved, committed by the ledger, partly paid out; each event delivered twice.
		MatchEvents hydrogen = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
		UUID proposal = TestEvents.publish(hydrogen.proposed(JO));
		TestEvents.publish(hydrogen.proposed(JO), proposal);
		UUID approval = TestEvents.publish(hydrogen.approved(JO));
		TestEvents.publish(hydrogen.approved(JO), approval);
		awaitCommitted(pohang, JO);
		this.api.disburse(pohang, hydrogen.matchId(), 3000 * EOK).expectStatus().isCreated();

		// Approved and committed in the capital area, in AI.
		MatchEvents robots = MatchEvents.of(gimpo, fundId, "GYEONGGI", "AI", "DIRECT_INVESTMENT", "EXPANSION");
		TestEvents.publish(robots.proposed(5000 * EOK));
		TestEvents.publish(robots.approved(5000 * EOK));
		awaitCommitted(gimpo, 5000 * EOK);

		// Out of every stage again: withdrawn, rejected, refused by the budget.
		MatchEvents withdrawn = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
		TestEvents.publish(withdrawn.proposed(2000 * EOK));
		TestEvents.publish(withdrawn.withdrawn(2000 * EOK));
		MatchEvents rejected = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
		TestEvents.publish(rejected.proposed(3000 * EOK));
		TestEvents.publish(rejected.reviewed(3000 * EOK, "REJECT", "REJECTED"));
		MatchEvents tooLarge = MatchEvents.of(gimpo, fundId, "GYEONGGI", "AI", "DIRECT_INVESTMENT", "EXPANSION");
		TestEvents.publish(tooLarge.proposed(JO));
		TestEvents.publish(tooLarge.approved(JO));

		// Still waiting: one proposed, one with the first of two approvals.
		MatchEvents waiting = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "STARTUP");
		TestEvents.publish(waiting.proposed(1000 * EOK));
		MatchEvents fourEyes = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "LEAP");
		TestEvents.publish(fourEyes.proposed(2000 * EOK));
		TestEvents.publish(fourEyes.reviewed(2000 * EOK, "APPROVE", "PROPOSED"));

		// 3 allocation events, 4 + 3 + 2 + 2 + 3 + 1 + 2 match and budget events.
		awaitFeedLines(fundId, 20);
		FundApi.await("both redeliveries seen and skipped", TIMEOUT, () -> duplicatesSkipped() >= 2);
		assertThat(feedLines(fundId)).isEqualTo(20);

		Map<String, Object> summary = this.dashboard.summary(fundId, null);
		assertThat(summary.get("fundId")).isEqualTo(fundId.toString());
		assertThat(summary.get("fundName")).isEqualTo("국민성장펀드");
		assertThat(number(summary.get("totalCap"))).isEqualTo(150 * JO);
		assertThat(stages(summary)).containsExactly(35 * JO / 10, 18 * JO / 10, 15 * JO / 10, 15 * JO / 10, 3000 * EOK);
		assertThat(summary.get("asOf")).isNull();
		assertEarmark(summary, "regional", 60 * JO, JO, 1.7);
		assertEarmark(summary, "ai", 30 * JO, 5000 * EOK, 1.7);
		this.http.get()
			.uri("/api/dashboard/summary?fundId={id}", fundId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectBody(String.class)
			.value(json -> assertThat(json).contains("\"percent\":1.7").doesNotContain("E+"));

		Map<String, Map<String, Object>> regions = this.dashboard.flows(fundId, "region", null);
		assertThat(regions.keySet()).containsExactlyElementsOf(REGIONS);
		assertThat(stages(regions.get("GYEONGBUK"))).containsExactly(25 * JO / 10, 13 * JO / 10, JO, JO, 3000 * EOK);
		assertThat(stages(regions.get("GYEONGGI"))).containsExactly(JO, 5000 * EOK, 5000 * EOK, 5000 * EOK, 0L);
		assertThat(stages(regions.get("SEOUL"))).containsOnly(0L);
		assertThat(regions.get("GYEONGBUK")).containsEntry("label", "경상북도").containsEntry("capitalArea", false);
		assertThat(regions.get("GYEONGGI")).containsEntry("label", "경기도").containsEntry("capitalArea", true);
		assertThat(regions.get("SEOUL")).containsEntry("capitalArea", true).doesNotContainKey("countsTowardAi");

		Map<String, Map<String, Object>> industries = this.dashboard.flows(fundId, "industry", null);
		assertThat(industries).hasSize(14);
		assertThat(stages(industries.get("HYDROGEN"))).containsExactly(25 * JO / 10, 13 * JO / 10, JO, JO, 3000 * EOK);
		assertThat(stages(industries.get("AI"))).containsExactly(JO, 5000 * EOK, 5000 * EOK, 5000 * EOK, 0L);
		assertThat(industries.get("AI")).containsEntry("countsTowardAi", true).doesNotContainKey("capitalArea");
		assertThat(industries.get("HYDROGEN")).containsEntry("countsTowardAi", false).containsEntry("label", "수소");

		Map<String, Map<String, Object>> instruments = this.dashboard.flows(fundId, "instrument", null);
		assertThat(instruments).hasSize(7);
		assertThat(stages(instruments.get("LOAN_GUARANTEE"))).containsExactly(25 * JO / 10, 13 * JO / 10, JO, JO,
				3000 * EOK);
		assertThat(stages(instruments.get("DIRECT_INVESTMENT"))).containsExactly(JO, 5000 * EOK, 5000 * EOK, 5000 * EOK,
				0L);
		assertThat(stages(instruments.get("GRANT"))).containsOnly(0L);

		Map<String, Map<String, Object>> channels = this.dashboard.flows(fundId, "channel", null);
		assertThat(channels.keySet()).containsExactly("iM뱅크", "M.AX 얼라이언스");
		assertThat(stages(channels.get("M.AX 얼라이언스"))).containsExactly(JO, 5000 * EOK, 5000 * EOK, 5000 * EOK, 0L);

		Map<String, Map<String, Object>> growthStages = this.dashboard.flows(fundId, "stage", null);
		assertThat(growthStages.keySet()).containsExactly("STARTUP", "GROWTH", "EXPANSION", "LEAP");
		assertThat(stages(growthStages.get("STARTUP"))).containsExactly(25 * JO / 10, 1000 * EOK, 0L, 0L, 0L);
		assertThat(stages(growthStages.get("GROWTH"))).containsExactly(JO, JO, JO, JO, 3000 * EOK);
		assertThat(stages(growthStages.get("EXPANSION"))).containsExactly(0L, 5000 * EOK, 5000 * EOK, 5000 * EOK, 0L);
		assertThat(stages(growthStages.get("LEAP"))).containsExactly(0L, 2000 * EOK, 0L, 0L, 0L);
		assertThat(growthStages.get("STARTUP")).containsEntry("label", "창업");

		Map<String, Map<String, Object>> capital = this.dashboard.flows(fundId, "capital", null);
		assertThat(capital.keySet()).containsExactly("CAPITAL", "NON_CAPITAL");
		assertThat(stages(capital.get("CAPITAL"))).containsExactly(JO, 5000 * EOK, 5000 * EOK, 5000 * EOK, 0L);
		assertThat(stages(capital.get("NON_CAPITAL"))).containsExactly(25 * JO / 10, 13 * JO / 10, JO, JO, 3000 * EOK);

		assertThat(this.dashboard.sankey(fundId, "allocated", null)).isEqualTo(Map.of("nodes",
				List.of(node("fund:" + fundId, "국민성장펀드"), node("region:GYEONGGI", "경기도"),
						node("region:GYEONGBUK", "경상북도"), node("industry:AI", "인공지능"), node("industry:HYDROGEN", "수소")),
				"links",
				List.of(link("fund:" + fundId, "region:GYEONGGI", JO),
						link("fund:" + fundId, "region:GYEONGBUK", 25 * JO / 10),
						link("region:GYEONGGI", "industry:AI", JO),
						link("region:GYEONGBUK", "industry:HYDROGEN", 25 * JO / 10))));
		assertThat(this.dashboard.sankey(fundId, "committed", null).get("links")).isEqualTo(List.of(
				link("fund:" + fundId, "region:GYEONGGI", 5000 * EOK), link("fund:" + fundId, "region:GYEONGBUK", JO),
				link("region:GYEONGGI", "industry:AI", 5000 * EOK), link("region:GYEONGBUK", "industry:HYDROGEN", JO)));

		// The same commitment announced again under a new event id commits nothing more.
		TestEvents.publish(new CommitmentAccepted(UUID.randomUUID(), pohang, fundId, hydrogen.matchId(), hydrogen.brn(),
				JO, JO, Instant.now()));
		awaitFeedLines(fundId, 21);
		assertThat(stages(this.dashboard.summary(fundId, null))).containsExactly(35 * JO / 10, 18 * JO / 10,
				15 * JO / 10, 15 * JO / 10, 3000 * EOK);
	}

	@Test
	void asOfShowsTheFiguresAtTheEndOfThatDayInKoreaAndLaterChangesLeaveThemAlone() {
		UUID fundId = nationalGrowthFund();
		UUID pohang = this.api.createAllocation(fundId, guaranteeLine(2 * JO));
		LocalDate today = LocalDate.now(KOREA);
		LocalDate dayOne = today.minusDays(10);
		LocalDate dayTwo = dayOne.plusDays(1);

		MatchEvents early = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
		TestEvents.publish(early.proposed(3000 * EOK), UUID.randomUUID(), at(dayOne, 10, 0, 0));
		TestEvents.publish(early.approved(3000 * EOK), UUID.randomUUID(), at(dayOne, 23, 59, 59));
		MatchEvents late = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
		TestEvents.publish(late.proposed(1000 * EOK), UUID.randomUUID(), at(dayTwo, 0, 0, 0));
		awaitCommitted(pohang, 3000 * EOK);
		awaitFeedLines(fundId, 5);
		// The two topics are projected by independent consumers: wait until the
		// projection has every stage.
		FundApi.await("the projection of fund " + fundId, TIMEOUT, () -> stages(this.dashboard.summary(fundId, null))
			.equals(List.of(2 * JO, 4000 * EOK, 3000 * EOK, 3000 * EOK, 0L)));

		Map<String, Object> endOfDayOne = this.dashboard.summary(fundId, dayOne.toString());
		assertThat(stages(endOfDayOne)).containsExactly(0L, 3000 * EOK, 3000 * EOK, 0L, 0L);
		assertThat(endOfDayOne.get("asOf")).isEqualTo(dayOne.toString());
		assertEarmark(endOfDayOne, "regional", 60 * JO, 0, 0.0);
		assertThat(stages(this.dashboard.summary(fundId, dayTwo.toString()))).containsExactly(0L, 4000 * EOK,
				3000 * EOK, 0L, 0L);
		assertThat(stages(this.dashboard.summary(fundId, null))).containsExactly(2 * JO, 4000 * EOK, 3000 * EOK,
				3000 * EOK, 0L);
		Map<String, Object> future = this.dashboard.summary(fundId, today.plusDays(30).toString());
		assertThat(stages(future)).containsExactly(2 * JO, 4000 * EOK, 3000 * EOK, 3000 * EOK, 0L);
		assertThat(future.get("asOf")).isEqualTo(today.plusDays(30).toString());
		Map<String, Map<String, Object>> regionsOnDayOne = this.dashboard.flows(fundId, "region", dayOne.toString());
		assertThat(stages(regionsOnDayOne.get("GYEONGBUK"))).containsExactly(0L, 3000 * EOK, 3000 * EOK, 0L, 0L);
		Map<String, Object> sankeyOnDayOne = this.dashboard.sankey(fundId, "allocated", dayOne.toString());
		assertThat((List<?>) sankeyOnDayOne.get("links")).isEmpty();

		// Later: paid out, withdrawn, increased. The end of day one stays exactly as it
		// was.
		this.api.disburse(pohang, early.matchId(), 1000 * EOK).expectStatus().isCreated();
		TestEvents.publish(late.withdrawn(1000 * EOK));
		this.api.patchAllocation(pohang, Map.of("amount", 3 * JO, "reason", "증액")).expectStatus().isOk();
		awaitFeedLines(fundId, 8);

		assertThat(this.dashboard.summary(fundId, dayOne.toString())).isEqualTo(endOfDayOne);
		// History cannot be rewritten behind the model's back either.
		assertThatThrownBy(() -> this.api.execute("UPDATE flow_entry SET amount_delta = 1 WHERE fund_id = ?", fundId))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.api.execute("DELETE FROM flow_entry WHERE fund_id = ?", fundId))
			.isInstanceOf(SQLException.class);
		assertThat(this.dashboard.flows(fundId, "region", dayOne.toString())).isEqualTo(regionsOnDayOne);
		assertThat(this.dashboard.sankey(fundId, "allocated", dayOne.toString())).isEqualTo(sankeyOnDayOne);
		assertThat(stages(this.dashboard.summary(fundId, null))).containsExactly(3 * JO, 3000 * EOK, 3000 * EOK,
				3000 * EOK, 1000 * EOK);

		Map<String, Object> daily = this.dashboard.daily(fundId, dayOne.toString(), today.toString());
		List<Map<String, Object>> days = days(daily);
		assertThat(days).hasSize(11);
		assertThat(days.get(0)).containsEntry("date", dayOne.toString());
		assertThat(stages(days.get(0))).containsExactly(0L, 3000 * EOK, 3000 * EOK, 0L, 0L);
		assertThat(stages(change(days.get(0)))).containsExactly(0L, 3000 * EOK, 3000 * EOK, 0L, 0L);
		assertThat(stages(days.get(1))).containsExactly(0L, 4000 * EOK, 3000 * EOK, 0L, 0L);
		assertThat(stages(change(days.get(1)))).containsExactly(0L, 1000 * EOK, 0L, 0L, 0L);
		assertThat(stages(change(days.get(5)))).containsOnly(0L);
		assertThat(days.get(10)).containsEntry("date", today.toString());
		assertThat(stages(days.get(10))).containsExactly(3 * JO, 3000 * EOK, 3000 * EOK, 3000 * EOK, 1000 * EOK);
		assertThat(stages(change(days.get(10)))).containsExactly(3 * JO, -1000 * EOK, 0L, 3000 * EOK, 1000 * EOK);
		Map<String, Object> dayTwoOnly = this.dashboard.daily(fundId, dayTwo.toString(), dayTwo.toString());
		assertThat(stages(days(dayTwoOnly).get(0))).containsExactly(0L, 4000 * EOK, 3000 * EOK, 0L, 0L);
	}

	@Test
	void budgetEventsHeardBeforeTheMatchWaitForItAndThenCountWhereItBelongs() {
		UUID fundId = nationalGrowthFund();
		UUID pohang = this.api.createAllocation(fundId, guaranteeLine(2 * JO));
		MatchEvents match = MatchEvents.of(pohang, fundId, "GYEONGBUK", "HYDROGEN", "LOAN_GUARANTEE", "GROWTH");
		// The ledger's events overtake matching-service's (the topics are read
		// independently).
		TestEvents.publish(new CommitmentAccepted(UUID.randomUUID(), pohang, fundId, match.matchId(), match.brn(),
				2000 * EOK, 2000 * EOK, Instant.now()));
		TestEvents.publish(new FundsDisbursed(UUID.randomUUID(), pohang, fundId, match.matchId(), match.brn(),
				500 * EOK, 500 * EOK, 2000 * EOK, Instant.now()));
		awaitFeedLines(fundId, 3);
		assertThat(this.api.queryLong("SELECT count(*) FROM flow_parked WHERE match_id = ?", match.matchId()))
			.isEqualTo(2);
		assertThat(stages(this.dashboard.summary(fundId, null))).containsExactly(2 * JO, 0L, 0L, 0L, 0L);
		FundApi.await("the gauge shows 2 parked events", TIMEOUT, () -> parkedGauge() == 2);

		// Placed by its proposal, the match is still not approved: the commitment and the
		// payment keep waiting, so that each counts at the time of its own event.
		TestEvents.publish(match.proposed(2000 * EOK));
		awaitFeedLines(fundId, 4);
		assertThat(stages(this.dashboard.summary(fundId, null))).containsExactly(2 * JO, 2000 * EOK, 0L, 0L, 0L);
		assertThat(this.api.queryLong("SELECT count(*) FROM flow_parked WHERE match_id = ?", match.matchId()))
			.isEqualTo(2);

		// The ledger answers this approval too (on the other topic), so wait for the
		// figures,
		// not for a number of feed lines.
		TestEvents.publish(match.approved(2000 * EOK));
		FundApi.await("the approval and what waited for it counted", TIMEOUT,
				() -> stages(this.dashboard.summary(fundId, null))
					.equals(List.of(2 * JO, 2000 * EOK, 2000 * EOK, 2000 * EOK, 500 * EOK)));
		assertThat(stages(this.dashboard.flows(fundId, "region", null).get("GYEONGBUK"))).containsExactly(2 * JO,
				2000 * EOK, 2000 * EOK, 2000 * EOK, 500 * EOK);
		assertThat(this.api.queryLong("SELECT count(*) FROM flow_parked WHERE match_id = ?", match.matchId())).isZero();
		FundApi.await("the gauge shows no parked events", TIMEOUT, () -> parkedGauge() == 0);
	}

	@Test
	void badParametersAnswer400NamingThemAndAnUnknownFund404() {
		UUID fundId = nationalGrowthFund();
		String fund = "fundId=" + fundId;
		assertInvalid("/api/dashboard/flows?" + fund + "&groupBy=brn", "groupBy");
		assertInvalid("/api/dashboard/flows?" + fund + "&groupBy=REGION", "groupBy");
		assertInvalid("/api/dashboard/summary?" + fund + "&asOf=2026-02-30", "asOf");
		assertInvalid("/api/dashboard/flows?" + fund + "&groupBy=region&asOf=yesterday", "asOf");
		assertInvalid("/api/dashboard/sankey?" + fund + "&asOf=2026-6-30", "asOf");
		assertInvalid("/api/dashboard/summary", "fundId");
		assertInvalid("/api/dashboard/summary?fundId=not-a-fund", "fundId");
		assertInvalid("/api/dashboard/sankey?" + fund + "&measure=money", "measure");
		assertInvalid("/api/dashboard/flows/daily?" + fund + "&from=2025-01-01&to=2026-06-30", "from");
		assertInvalid("/api/dashboard/flows/daily?" + fund + "&from=2026-07-01&to=2026-06-30", "from");
		assertInvalid("/api/dashboard/flows/daily?" + fund + "&from=2026-07-01&to=soon", "to");

		String unknown = "fundId=" + UUID.randomUUID();
		for (String path : List.of("/api/dashboard/summary?" + unknown,
				"/api/dashboard/flows?groupBy=region&" + unknown, "/api/dashboard/sankey?" + unknown,
				"/api/dashboard/flows/daily?" + unknown)) {
			this.http.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, MINISTRY)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void onlyMinistriesAndOperatorsSeeTheDashboard() {
		UUID fundId = nationalGrowthFund();
		for (String path : List.of("/api/dashboard/summary?fundId=" + fundId,
				"/api/dashboard/flows?groupBy=region&fundId=" + fundId, "/api/dashboard/sankey?fundId=" + fundId,
				"/api/dashboard/flows/daily?fundId=" + fundId)) {
			for (String allowed : List.of(MINISTRY, OPERATOR)) {
				this.http.get().uri(path).header(HttpHeaders.AUTHORIZATION, allowed).exchange().expectStatus().isOk();
			}
			for (String refused : List.of(WORKING_GROUP, OPS)) {
				this.http.get()
					.uri(path)
					.header(HttpHeaders.AUTHORIZATION, refused)
					.exchange()
					.expectStatus()
					.isForbidden()
					.expectHeader()
					.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			}
			this.http.get().uri(path).exchange().expectStatus().isUnauthorized();
		}
	}

	private UUID nationalGrowthFund() {
		Map<?, ?> fund = this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "국민성장펀드", "totalCap", 150 * JO, "periodStart", "2026-01-01", "periodEnd",
					"2030-12-31", "regionalMinimum", 60 * JO, "aiMinimum", 30 * JO))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return UUID.fromString((String) fund.get("id"));
	}

	/** M.AX alliance money for AI companies in Gyeonggi, growth stage only. */
	private static Map<String, Object> aiInvestmentInGyeonggi(long amount) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", "M.AX 휴머노이드 얼라이언스");
		body.put("channel", "M.AX 얼라이언스");
		body.put("regions", List.of("GYEONGGI"));
		body.put("industries", List.of("AI"));
		body.put("instrument", "DIRECT_INVESTMENT");
		body.put("stages", List.of("GROWTH"));
		body.put("amount", amount);
		return body;
	}

	private void awaitCommitted(UUID allocationId, long committed) {
		FundApi.await("allocation " + allocationId + " committed " + committed, TIMEOUT,
				() -> number(this.api.getAllocation(allocationId).get("committed")) == committed);
	}

	private void awaitFeedLines(UUID fundId, long lines) {
		FundApi.await(lines + " feed lines of fund " + fundId, TIMEOUT, () -> feedLines(fundId) >= lines);
	}

	private long feedLines(UUID fundId) {
		return this.api.queryLong("SELECT count(*) FROM feed_event WHERE fund_id = ?", fundId);
	}

	private double parkedGauge() {
		return this.meters.get("fundflow.flow.parked.events").gauge().value();
	}

	private double duplicatesSkipped() {
		return this.meters.find("fundflow.events.consumed")
			.tag("consumer", "fund-service-flow")
			.tag("outcome", "duplicate")
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private void assertInvalid(String path, String field) {
		this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	@SuppressWarnings("unchecked")
	private static void assertEarmark(Map<String, Object> summary, String earmark, long target, long amount,
			double percent) {
		Map<String, Object> progress = (Map<String, Object>) summary.get(earmark);
		assertThat(number(progress.get("target"))).isEqualTo(target);
		assertThat(number(progress.get("amount"))).isEqualTo(amount);
		assertThat(((Number) progress.get("percent")).doubleValue()).isEqualTo(percent);
	}

	private static Instant at(LocalDate day, int hour, int minute, int second) {
		return day.atTime(hour, minute, second).atZone(KOREA).toInstant();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> days(Map<String, Object> daily) {
		return (List<Map<String, Object>>) daily.get("days");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> change(Map<String, Object> day) {
		return (Map<String, Object>) day.get("change");
	}

	private static Map<String, Object> node(String name, String label) {
		return Map.of("name", name, "label", label, "labelEn", englishOf(name, label));
	}

	private static String englishOf(String name, String label) {
		return switch (name.substring(name.indexOf(':') + 1)) {
			case "GYEONGGI" -> "Gyeonggi";
			case "GYEONGBUK" -> "North Gyeongsang";
			case "AI" -> "Artificial intelligence";
			case "HYDROGEN" -> "Hydrogen";
			default -> label;
		};
	}

	private static Map<String, Object> link(String source, String target, long value) {
		return Map.of("source", source, "target", target, "value", value);
	}

}
