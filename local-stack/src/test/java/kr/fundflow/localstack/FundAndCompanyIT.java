package kr.fundflow.localstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3 through the gateway on the whole stack: the fund's cap, allocation terms, the
 * company registry's refusals and search, and commitments that never exceed an allocation
 * however many approvals arrive at once. Pairs used only here: GANGWON/BIO (allocations),
 * JEJU and GWANGJU (companies, no allocations), CHUNGNAM/SECONDARY_BATTERY (commitments).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundAndCompanyIT {

	private static final long EOK = 100_000_000L;

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = SharedStack.dumpLogsOnFailure();

	private Gateway gateway;

	private Fixtures fixtures;

	@BeforeAll
	void connect() throws Exception {
		this.gateway = SharedStack.gateway();
		this.fixtures = new Fixtures(this.gateway, "it-registry");
	}

	@Test
	void anAllocationBeyondTheFundsCapIsRefusedWithProblemDetailsAndCreatesNothing() {
		String fundId = this.fixtures.fund("한도시험펀드", 10 * EOK, 0, 0);
		this.fixtures.allocate(fundId, grant("강원 바이오 1차", 6 * EOK));
		this.fixtures.awaitSummary(fundId, (summary) -> summary.path("allocated").asLong() == 6 * EOK,
				"6억 allocated on the dashboard");
		String fundBefore = this.gateway.get("/api/funds/" + fundId, this.fixtures.operator).body();

		Gateway.Reply refused = this.gateway.post("/api/funds/" + fundId + "/allocations", grant("강원 바이오 초과", 5 * EOK),
				this.fixtures.operator);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(refused.json().path("code").asString()).isEqualTo("fund-cap-exceeded");
		assertThat(refused.json().path("status").asInt()).isEqualTo(409);
		assertThat(refused.json().path("detail").asString()).contains("400000000");
		assertThat(allocationCount(fundId)).isEqualTo(1);
		assertThat(this.gateway.get("/api/funds/" + fundId, this.fixtures.operator).body()).isEqualTo(fundBefore);

		// Exactly what is left still fits; a won more does not. The dashboard then shows
		// 6억 + 4억:
		// the refused 5억 never reached the flow read model either.
		this.fixtures.allocate(fundId, grant("강원 바이오 2차", 4 * EOK));
		Gateway.Reply oneWonMore = this.gateway.post("/api/funds/" + fundId + "/allocations", grant("강원 바이오 1원", 1),
				this.fixtures.operator);
		assertThat(oneWonMore.status()).as(oneWonMore.toString()).isEqualTo(409);
		assertThat(allocationCount(fundId)).isEqualTo(2);
		JsonNode summary = this.fixtures.awaitSummary(fundId,
				(figures) -> figures.path("allocated").asLong() == 10 * EOK, "10억 allocated on the dashboard");
		assertThat(summary.path("totalCap").asLong()).isEqualTo(10 * EOK);
	}

	@Test
	void guaranteeTermsRoundTrip() {
		String fundId = this.fixtures.fund("보증조건시험펀드", 100 * EOK, 0, 0);
		String allocationId = this.fixtures.allocate(fundId, """
				{"title": "강원 바이오 전액보증", "channel": "기술보증기금", "regions": ["GANGWON"], "industries": ["BIO"],
				 "instrument": "LOAN_GUARANTEE", "terms": {"coverageRatioPct": 100, "feeDiscountBp": 30},
				 "stages": ["GROWTH"], "minTicket": 100000000, "maxTicket": 1000000000, "amount": 5000000000}
				""").path("id").asString();

		JsonNode read = this.fixtures.allocation(allocationId);
		assertThat(read.path("instrument").asString()).isEqualTo("LOAN_GUARANTEE");
		assertThat(read.path("terms").path("coverageRatioPct").asInt()).isEqualTo(100);
		assertThat(read.path("terms").path("feeDiscountBp").asInt()).isEqualTo(30);
		assertThat(read.path("amount").asLong()).isEqualTo(50 * EOK);
		JsonNode listed = this.gateway.get("/api/allocations?fundId=" + fundId, this.fixtures.ministry)
			.json()
			.path("content")
			.get(0);
		assertThat(listed.path("terms")).isEqualTo(read.path("terms"));
	}

	@Test
	void aBadCheckDigitIs400NamingTheBrnAndStoresNothing() {
		String valid = Fixtures.newBrn();
		String wrongCheckDigit = valid.substring(0, 9) + (char) ('0' + (valid.charAt(9) - '0' + 1) % 10);

		Gateway.Reply refused = registerCompany(wrongCheckDigit, "제주물류 검증번호", "JEJU");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(fieldsNamed(refused)).containsExactly("brn");
		assertThat(companiesNamed("제주물류 검증번호")).isZero();
	}

	@Test
	void aDuplicateRegistrationIs409AndChangesNothing() {
		String brn = Fixtures.newBrn();
		assertThat(registerCompany(brn, "제주물류 원본", "JEJU").status()).isEqualTo(201);
		String dashed = brn.substring(0, 3) + "-" + brn.substring(3, 5) + "-" + brn.substring(5);

		Gateway.Reply duplicate = registerCompany(dashed, "제주물류 중복", "JEJU");

		assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
		assertThat(duplicate.contentType()).isEqualTo("application/problem+json");
		assertThat(duplicate.json().path("code").asString()).isEqualTo("company-already-registered");
		JsonNode stored = this.gateway.get("/api/companies/" + brn, this.fixtures.operator).json();
		assertThat(stored.path("name").asString()).isEqualTo("제주물류 원본");
		assertThat(stored.path("revision").asInt()).isEqualTo(1);
	}

	@Test
	void anUnknownRegionIs400NamingTheRegionAndStoresNothing() {
		String brn = Fixtures.newBrn();

		Gateway.Reply refused = registerCompany(brn, "어디물류", "ATLANTIS");

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.contentType()).isEqualTo("application/problem+json");
		assertThat(fieldsNamed(refused)).containsExactly("region");
		assertThat(this.gateway.get("/api/companies/" + brn, this.fixtures.operator).status()).isEqualTo(404);
		assertThat(companiesNamed("어디물류")).isZero();
	}

	@Test
	void aCompanyIsFoundByRegionAndIndustry() {
		String second = this.fixtures.company("제주콘텐츠 나", "JEJU", "MEDIA_CONTENT", 2 * EOK, "GRANT");
		String first = this.fixtures.company("제주콘텐츠 가", "JEJU", "MEDIA_CONTENT", 2 * EOK, "GRANT");
		this.fixtures.company("제주바이오", "JEJU", "BIO", 2 * EOK, "GRANT");
		this.fixtures.company("광주콘텐츠", "GWANGJU", "MEDIA_CONTENT", 2 * EOK, "GRANT");

		Gateway.Reply found = this.gateway.get("/api/companies?region=JEJU&industry=MEDIA_CONTENT",
				this.fixtures.ministry);

		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		assertThat(found.json().path("totalElements").asInt()).isEqualTo(2);
		List<String> brns = new ArrayList<>();
		found.json().path("content").forEach((company) -> brns.add(company.path("brn").asString()));
		assertThat(brns).as("sorted by name").containsExactly(first, second);
	}

	/**
	 * Twelve companies each proposed 1억 on a 5억 line are approved at the same moment: the
	 * budget ledger commits exactly five and refuses the rest with the reason on the
	 * match.
	 */
	@Test
	void concurrentApprovalsNeverCommitMoreThanTheAllocation() throws Exception {
		String fundId = this.fixtures.fund("동시약정시험펀드", 100 * EOK, 0, 0);
		String allocationId = this.fixtures.guaranteeLine(fundId, "충남 이차전지 보증", "CHUNGNAM", "SECONDARY_BATTERY",
				5 * EOK, EOK, EOK);
		List<String> matchIds = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			String brn = this.fixtures.company("충남배터리 %02d".formatted(i), "CHUNGNAM", "SECONDARY_BATTERY", EOK,
					"LOAN_GUARANTEE");
			matchIds.add(this.fixtures.awaitProposal(allocationId, brn).path("id").asString());
		}
		String workingGroup = this.gateway.token("it-registry-wg-chungnam", "WORKING_GROUP", "CHUNGNAM");

		List<Integer> answers = approveAllAtOnce(matchIds, workingGroup);

		assertThat(answers).as("every approval is accepted by matching-service").containsOnly(200);
		List<JsonNode> settled = new ArrayList<>();
		for (String matchId : matchIds) {
			settled.add(this.fixtures.awaitMatchById(matchId, Fixtures.status("COMMITTED", "BUDGET_REJECTED"),
					"the budget's answer"));
		}
		Map<String, List<JsonNode>> byStatus = settled.stream()
			.collect(Collectors.groupingBy((match) -> match.path("status").asString()));
		assertThat(byStatus.get("COMMITTED")).hasSize(5);
		assertThat(byStatus.get("BUDGET_REJECTED")).hasSize(7)
			.allSatisfy((match) -> assertThat(match.path("budgetRejection").path("reason").asString()).isNotBlank());
		assertThat(
				byStatus.get("COMMITTED").stream().mapToLong((match) -> match.path("committedAmount").asLong()).sum())
			.isEqualTo(5 * EOK);
		JsonNode allocation = this.fixtures.allocation(allocationId);
		assertThat(allocation.path("committed").asLong()).isEqualTo(5 * EOK);
		assertThat(allocation.path("remaining").asLong()).isZero();
		Gateway.Reply commitments = this.gateway.get("/api/allocations/" + allocationId + "/commitments?size=200",
				this.fixtures.ministry);
		assertThat(commitments.json().path("totalElements").asInt()).as(commitments.toString()).isEqualTo(5);
	}

	private List<Integer> approveAllAtOnce(List<String> matchIds, String workingGroup) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(matchIds.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			for (String matchId : matchIds) {
				Callable<Integer> approval = () -> {
					go.await();
					return this.fixtures.review(matchId, "APPROVE", "동시 승인 시험", workingGroup).status();
				};
				answers.add(pool.submit(approval));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Gateway.Reply registerCompany(String brn, String name, String region) {
		return this.gateway.post("/api/companies",
				Fixtures.companyJson(brn, name, region, "LOGISTICS", 2 * EOK, "GRANT"), this.fixtures.operator);
	}

	private int companiesNamed(String name) {
		Gateway.Reply found = this.gateway.get("/api/companies?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
				this.fixtures.operator);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("totalElements").asInt();
	}

	private int allocationCount(String fundId) {
		return this.gateway.get("/api/allocations?fundId=" + fundId, this.fixtures.ministry)
			.json()
			.path("totalElements")
			.asInt();
	}

	private static List<String> fieldsNamed(Gateway.Reply problem) {
		List<String> fields = new ArrayList<>();
		problem.json().path("errors").forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private static String grant(String title, long amount) {
		return """
				{"title": "%s", "channel": "강원특별자치도", "regions": ["GANGWON"], "industries": ["BIO"],
				 "instrument": "GRANT", "terms": {}, "stages": ["GROWTH"], "amount": %d}
				""".formatted(title, amount);
	}

}
