package kr.fundflow.localstack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's story, entirely through the gateway on the whole stack (no event is published
 * by the test): a 5억 GYEONGBUK hydrogen guarantee line, two GYEONGBUK hydrogen firms
 * asking 3억 each, a SEOUL firm; regional review; the budget commits one and refuses the
 * other; a 120억 match needs two distinct approvers; a disbursement. Then issue 5's
 * dashboard shows exactly those figures. Pairs used only here: GYEONGBUK/HYDROGEN,
 * GYEONGBUK/AI_FACTORY, SEOUL/HYDROGEN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GyeongbukHydrogenScenarioIT {

	private static final long EOK = 100_000_000L;

	private static final long JO = 10_000 * EOK;

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = SharedStack.dumpLogsOnFailure();

	/**
	 * Taken before anything is created, so that no event of this test can fall on that
	 * day.
	 */
	private final LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Seoul")).minusDays(1);

	private Gateway gateway;

	private Fixtures fixtures;

	private String gyeongbukMember;

	private String gyeongbukPeer;

	private String jeonnamMember;

	private String fundId;

	private String hydrogenLine;

	private final List<String> hydrogenMatches = new ArrayList<>();

	private String bigLine;

	private String bigMatch;

	@BeforeAll
	void setUp() throws Exception {
		this.gateway = SharedStack.gateway();
		this.fixtures = new Fixtures(this.gateway, "it-scenario");
		this.gyeongbukMember = this.gateway.token("it-wg-gyeongbuk-1", "WORKING_GROUP", "GYEONGBUK");
		this.gyeongbukPeer = this.gateway.token("it-wg-gyeongbuk-2", "WORKING_GROUP", "GYEONGBUK");
		this.jeonnamMember = this.gateway.token("it-wg-jeonnam-1", "WORKING_GROUP", "JEONNAM");
		this.fundId = this.fixtures.fund("경북수소시험펀드", JO, 4_000 * EOK, 2_000 * EOK);
		this.hydrogenLine = this.fixtures.guaranteeLine(this.fundId, "포항 수소 협약보증", "GYEONGBUK", "HYDROGEN", 5 * EOK,
				EOK, 5 * EOK);
	}

	@Test
	@Order(1)
	void twoGyeongbukHydrogenFirmsGetProposalsWithReasonsAndASeoulFirmNone() {
		// A SEOUL hydrogen line in another fund shows when matching-service has taken in
		// the SEOUL firm.
		String witnessFund = this.fixtures.fund("서울수소 대조펀드", JO, 0, 0);
		String seoulLine = this.fixtures.guaranteeLine(witnessFund, "서울 수소 보증", "SEOUL", "HYDROGEN", 5 * EOK, EOK,
				5 * EOK);
		String seoulFirm = this.fixtures.company("서울수소 시험", "SEOUL", "HYDROGEN", 3 * EOK, "LOAN_GUARANTEE");
		List<String> gyeongbukFirms = List.of(
				this.fixtures.company("영일만수소 시험", "GYEONGBUK", "HYDROGEN", 3 * EOK, "LOAN_GUARANTEE", "INNOBIZ"),
				this.fixtures.company("포항그린수소 시험", "GYEONGBUK", "HYDROGEN", 3 * EOK, "LOAN_GUARANTEE"));

		for (String brn : gyeongbukFirms) {
			JsonNode proposal = this.fixtures.awaitProposal(this.hydrogenLine, brn);
			assertThat(proposal.path("amount").asLong()).isEqualTo(3 * EOK);
			assertThat(proposal.path("region").asString()).isEqualTo("GYEONGBUK");
			assertThat(proposal.path("score").asInt()).isBetween(50, 100);
			assertThat(proposal.path("requiredApprovals").asInt()).isEqualTo(1);
			assertReasons(proposal);
			this.hydrogenMatches.add(proposal.path("id").asString());
		}
		this.fixtures.awaitProposal(seoulLine, seoulFirm);
		assertThat(this.fixtures.matchesOf(this.hydrogenLine)).extracting((match) -> match.path("brn").asString())
			.containsExactlyInAnyOrderElementsOf(gyeongbukFirms);
		Gateway.Reply seoulMatches = this.gateway.get("/api/matches?brn=" + seoulFirm, this.fixtures.ministry);
		assertThat(seoulMatches.json().path("content")).extracting((match) -> match.path("allocationId").asString())
			.containsExactly(seoulLine);
	}

	@Test
	@Order(2)
	void aJeonnamWorkingGroupNeitherSeesNorReviewsThem() {
		for (String matchId : this.hydrogenMatches) {
			Gateway.Reply read = this.gateway.get("/api/matches/" + matchId, this.jeonnamMember);
			assertThat(read.status()).as(read.toString()).isEqualTo(404);
			assertThat(read.contentType()).isEqualTo("application/problem+json");
			Gateway.Reply review = this.fixtures.review(matchId, "APPROVE", "타 지역 승인 시도", this.jeonnamMember);
			assertThat(review.status()).as(review.toString()).isEqualTo(404);
			assertThat(review.contentType()).isEqualTo("application/problem+json");
		}
		Gateway.Reply byAllocation = this.gateway.get("/api/matches?allocationId=" + this.hydrogenLine,
				this.jeonnamMember);
		assertThat(byAllocation.status()).isEqualTo(200);
		assertThat(byAllocation.json().path("totalElements").asInt()).isZero();
		Gateway.Reply byRegion = this.gateway.get("/api/matches?size=200&region=GYEONGBUK", this.jeonnamMember);
		assertThat(byRegion.status()).isEqualTo(200);
		assertThat(byRegion.json().path("content"))
			.allSatisfy((match) -> assertThat(match.path("region").asString()).isEqualTo("JEONNAM"));
		for (String matchId : this.hydrogenMatches) {
			JsonNode unchanged = this.gateway.get("/api/matches/" + matchId, this.gyeongbukMember).json();
			assertThat(unchanged.path("status").asString()).isEqualTo("PROPOSED");
			assertThat(unchanged.path("reviews")).isEmpty();
		}
	}

	@Test
	@Order(3)
	void afterBothAreApprovedOneIsCommittedAndTheOtherRefusedForBudget() {
		for (String matchId : this.hydrogenMatches) {
			Gateway.Reply approved = this.fixtures.review(matchId, "APPROVE", "수소 클러스터 핵심 기업", this.gyeongbukMember);
			assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
			assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
		}

		List<JsonNode> settled = new ArrayList<>();
		for (String matchId : this.hydrogenMatches) {
			settled.add(this.fixtures.awaitMatchById(matchId, Fixtures.status("COMMITTED", "BUDGET_REJECTED"),
					"the budget's answer"));
		}
		assertThat(settled).extracting((match) -> match.path("status").asString())
			.containsExactlyInAnyOrder("COMMITTED", "BUDGET_REJECTED");
		JsonNode committed = settled.stream().filter(Fixtures.status("COMMITTED")).findFirst().orElseThrow();
		JsonNode refused = settled.stream().filter(Fixtures.status("BUDGET_REJECTED")).findFirst().orElseThrow();
		assertThat(committed.path("committedAmount").asLong()).isEqualTo(3 * EOK);
		assertThat(refused.path("budgetRejection").path("reason").asString()).contains("잔여 예산 부족");
		assertThat(refused.path("budgetRejection").path("remaining").asLong()).isEqualTo(2 * EOK);
		assertThat(refused.path("history")).anySatisfy((change) -> {
			assertThat(change.path("to").asString()).isEqualTo("BUDGET_REJECTED");
			assertThat(change.path("reason").asString()).contains("잔여 예산 부족");
		});
		JsonNode line = this.fixtures.allocation(this.hydrogenLine);
		assertThat(line.path("committed").asLong()).isEqualTo(3 * EOK);
		assertThat(line.path("remaining").asLong()).isEqualTo(2 * EOK);
		Gateway.Reply commitments = this.gateway.get("/api/allocations/" + this.hydrogenLine + "/commitments",
				this.fixtures.ministry);
		assertThat(commitments.json().path("content")).singleElement()
			.satisfies((commitment) -> assertThat(commitment.path("amount").asLong()).isEqualTo(3 * EOK));
	}

	@Test
	@Order(4)
	void aMatchOf100EokOrMoreNeedsTwoDistinctApprovers() {
		this.bigLine = this.fixtures.guaranteeLine(this.fundId, "경북 AI 팩토리 보증", "GYEONGBUK", "AI_FACTORY", 200 * EOK,
				EOK, 150 * EOK);
		String brn = this.fixtures.company("구미AI팩토리 시험", "GYEONGBUK", "AI_FACTORY", 120 * EOK, "LOAN_GUARANTEE");
		JsonNode proposal = this.fixtures.awaitProposal(this.bigLine, brn);
		this.bigMatch = proposal.path("id").asString();
		assertThat(proposal.path("amount").asLong()).isEqualTo(120 * EOK);
		assertThat(proposal.path("requiredApprovals").asInt()).isEqualTo(2);

		Gateway.Reply first = this.fixtures.review(this.bigMatch, "APPROVE", "1차 승인", this.gyeongbukMember);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().path("status").asString()).isEqualTo("PROPOSED");
		assertThat(first.json().path("approvals").asInt()).isEqualTo(1);

		Gateway.Reply again = this.fixtures.review(this.bigMatch, "APPROVE", "같은 위원 재승인", this.gyeongbukMember);
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.contentType()).isEqualTo("application/problem+json");
		assertThat(again.json().path("code").asString()).isEqualTo("already-approved");
		JsonNode stillProposed = this.gateway.get("/api/matches/" + this.bigMatch, this.fixtures.ministry).json();
		assertThat(stillProposed.path("status").asString()).isEqualTo("PROPOSED");
		assertThat(stillProposed.path("approvals").asInt()).isEqualTo(1);
		assertThat(stillProposed.path("reviews")).hasSize(1);

		Gateway.Reply second = this.fixtures.review(this.bigMatch, "APPROVE", "2차 승인", this.gyeongbukPeer);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(second.json().path("status").asString()).isEqualTo("APPROVED");

		JsonNode committed = this.fixtures.awaitMatchById(this.bigMatch, Fixtures.status("COMMITTED"), "COMMITTED");
		assertThat(committed.path("committedAmount").asLong()).isEqualTo(120 * EOK);
		assertThat(committed.path("reviews")).extracting((review) -> review.path("reviewer").asString())
			.containsExactly("it-wg-gyeongbuk-1", "it-wg-gyeongbuk-2");
	}

	@Test
	@Order(5)
	void aDisbursementMovesTheCommittedMatchToDisbursed() {
		String committedMatch = this.hydrogenMatches.stream()
			.filter((id) -> "COMMITTED".equals(
					this.gateway.get("/api/matches/" + id, this.fixtures.ministry).json().path("status").asString()))
			.findFirst()
			.orElseThrow();

		Gateway.Reply paid = this.gateway.post("/api/allocations/" + this.hydrogenLine + "/disbursements",
				"{\"matchId\": \"%s\", \"amount\": %d, \"note\": \"1차 집행\"}".formatted(committedMatch, EOK),
				this.fixtures.operator);

		assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
		assertThat(paid.json().path("matchCommitted").asLong()).isEqualTo(3 * EOK);
		assertThat(paid.json().path("matchDisbursed").asLong()).isEqualTo(EOK);
		JsonNode disbursed = this.fixtures.awaitMatchById(committedMatch, Fixtures.status("DISBURSED"), "DISBURSED");
		assertThat(disbursed.path("disbursed").asLong()).isEqualTo(EOK);
		assertThat(this.fixtures.allocation(this.hydrogenLine).path("disbursed").asLong()).isEqualTo(EOK);
	}

	/**
	 * 5억 + 200억 allocated; 3억 + 120억 proposed, approved and committed (the refused 3억
	 * left every stage); 1억 disbursed; all in GYEONGBUK, which counts toward the regional
	 * earmark (123억 of 4,000억 = 3.075 % → 3.1), AI factories toward the AI one (120억 of
	 * 2,000억 = 6.0).
	 */
	@Test
	@Order(6)
	void theDashboardShowsExactlyTheScenariosFigures() {
		JsonNode summary = this.fixtures.awaitSummary(this.fundId,
				(figures) -> figures.path("committed").asLong() == 123 * EOK
						&& figures.path("disbursed").asLong() == EOK,
				"123억 committed and 1억 disbursed on the dashboard");

		assertThat(summary.path("fundId").asString()).isEqualTo(this.fundId);
		assertThat(summary.path("totalCap").asLong()).isEqualTo(JO);
		assertStages(summary, 205 * EOK, 123 * EOK, 123 * EOK, 123 * EOK, EOK);
		assertThat(summary.path("regional").path("target").asLong()).isEqualTo(4_000 * EOK);
		assertThat(summary.path("regional").path("amount").asLong()).isEqualTo(123 * EOK);
		assertThat(summary.path("regional").path("percent").decimalValue()).isEqualByComparingTo(new BigDecimal("3.1"));
		assertThat(summary.path("ai").path("target").asLong()).isEqualTo(2_000 * EOK);
		assertThat(summary.path("ai").path("amount").asLong()).isEqualTo(120 * EOK);
		assertThat(summary.path("ai").path("percent").decimalValue()).isEqualByComparingTo(new BigDecimal("6.0"));

		Gateway.Reply flows = this.gateway.get("/api/dashboard/flows?groupBy=region&fundId=" + this.fundId,
				this.fixtures.ministry);
		assertThat(flows.status()).as(flows.toString()).isEqualTo(200);
		JsonNode rows = flows.json().path("rows");
		assertThat(rows).hasSize(17);
		for (JsonNode row : rows) {
			if ("GYEONGBUK".equals(row.path("key").asString())) {
				assertThat(row.path("capitalArea").asBoolean()).isFalse();
				assertStages(row, 205 * EOK, 123 * EOK, 123 * EOK, 123 * EOK, EOK);
			}
			else {
				assertStages(row, 0, 0, 0, 0, 0);
			}
		}
	}

	@Test
	@Order(7)
	void asOfYesterdayTheFundShowsZeros() {
		Gateway.Reply then = this.gateway
			.get("/api/dashboard/summary?fundId=" + this.fundId + "&asOf=" + this.yesterday, this.fixtures.ministry);

		assertThat(then.status()).as(then.toString()).isEqualTo(200);
		assertThat(then.json().path("asOf").asString()).isEqualTo(this.yesterday.toString());
		assertStages(then.json(), 0, 0, 0, 0, 0);
		assertThat(then.json().path("regional").path("amount").asLong()).isZero();
		assertThat(then.json().path("regional").path("percent").decimalValue()).isZero();
		assertThat(then.json().path("ai").path("amount").asLong()).isZero();
		Gateway.Reply flows = this.gateway.get(
				"/api/dashboard/flows?groupBy=region&fundId=" + this.fundId + "&asOf=" + this.yesterday,
				this.fixtures.ministry);
		assertThat(flows.json().path("rows")).hasSize(17).allSatisfy((row) -> assertStages(row, 0, 0, 0, 0, 0));
	}

	private static void assertStages(JsonNode figures, long allocated, long proposed, long approved, long committed,
			long disbursed) {
		assertThat(List.of(figures.path("allocated").asLong(), figures.path("proposed").asLong(),
				figures.path("approved").asLong(), figures.path("committed").asLong(),
				figures.path("disbursed").asLong()))
			.as("allocated, proposed, approved, committed, disbursed of %s", figures)
			.containsExactly(allocated, proposed, approved, committed, disbursed);
	}

	/**
	 * Every rule with its outcome, points and a sentence; the gates that made it eligible
	 * matched.
	 */
	private static void assertReasons(JsonNode proposal) {
		JsonNode reasons = proposal.path("reasons");
		assertThat(reasons).isNotEmpty().allSatisfy((reason) -> {
			assertThat(reason.path("rule").asString()).isNotBlank();
			assertThat(reason.path("outcome").asString()).isIn("MATCHED", "NEAR_MISS");
			assertThat(reason.path("points").isIntegralNumber()).isTrue();
			assertThat(reason.path("detail").asString()).isNotBlank();
		});
		List<String> matched = new ArrayList<>();
		reasons.forEach((reason) -> {
			if ("MATCHED".equals(reason.path("outcome").asString())) {
				matched.add(reason.path("rule").asString());
			}
		});
		assertThat(matched).containsAll(Set.of("REGION", "INDUSTRY_FIT", "INSTRUMENT", "TICKET_FIT"));
	}

}
