package kr.fundflow.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's live feed and CSV exports through the gateway on the whole stack. Pairs used
 * only here: GYEONGNAM/SHIPBUILDING (feed), DAEGU and DAEJEON/FUTURE_MOBILITY grants
 * (allocation export), SEJONG companies asking low-rate loans (company export),
 * CHUNGBUK/BIO (match export).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveFeedAndExportIT {

	private static final long EOK = 100_000_000L;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = SharedStack.dumpLogsOnFailure();

	private Gateway gateway;

	private Fixtures fixtures;

	@BeforeAll
	void connect() throws Exception {
		this.gateway = SharedStack.gateway();
		this.fixtures = new Fixtures(this.gateway, "it-feed");
	}

	@Test
	void aReviewIsOnTheLiveFeedWithinASecondAndLastEventIdResumesAfterIt() throws Exception {
		String fundId = this.fixtures.fund("실시간피드시험펀드", 1_000 * EOK, 0, 0);
		String line = this.fixtures.guaranteeLine(fundId, "경남 조선 보증", "GYEONGNAM", "SHIPBUILDING", 10 * EOK, EOK,
				5 * EOK);
		String brn = this.fixtures.company("거제조선기자재 시험", "GYEONGNAM", "SHIPBUILDING", 2 * EOK, "LOAN_GUARANTEE");
		String matchId = this.fixtures.awaitProposal(line, brn).path("id").asString();
		String workingGroup = this.gateway.token("it-feed-wg-gyeongnam", "WORKING_GROUP", "GYEONGNAM");
		String path = "/api/dashboard/stream?fundId=" + fundId;

		EventStream.Event proposed;
		List<EventStream.Event> afterProposal;
		try (EventStream live = EventStream.open(this.gateway, path, this.fixtures.ministry, null)) {
			proposed = live.await("the proposal (among the latest lines)", Duration.ofSeconds(10),
					(event) -> "matching.match.proposed".equals(event.type()) && isAbout(event, matchId));

			long sent = System.nanoTime();
			Gateway.Reply approved = this.fixtures.review(matchId, "APPROVE", "조선 기자재 국산화", workingGroup);
			long answered = System.nanoTime();
			assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

			EventStream.Event reviewed = live.await("the review", Duration.ofSeconds(5),
					(event) -> "matching.match.reviewed".equals(event.type()) && isAbout(event, matchId));
			System.out.printf("live feed: the review's line arrived %d ms after its answer (%d ms after it was sent)%n",
					Duration.ofNanos(reviewed.receivedAt() - answered).toMillis(),
					Duration.ofNanos(reviewed.receivedAt() - sent).toMillis());
			assertThat(Duration.ofNanos(reviewed.receivedAt() - answered))
				.as("from the review's answer to its line on the stream")
				.isLessThanOrEqualTo(Duration.ofSeconds(1));
			assertThat(reviewed.data().path("fundId").asString()).isEqualTo(fundId);
			assertThat(reviewed.data().path("region").asString()).isEqualTo("GYEONGNAM");
			assertThat(reviewed.data().path("amount").asLong()).isEqualTo(2 * EOK);
			assertThat(reviewed.data().path("message").path("ko").asString()).isNotBlank();
			assertThat(reviewed.data().path("message").path("en").asString()).isNotBlank();
			live.await("the commitment", Fixtures.SETTLE,
					(event) -> "fund.commitment.accepted".equals(event.type()) && isAbout(event, matchId));
			afterProposal = live.received().stream().filter((event) -> event.id() > proposed.id()).toList();
		}

		try (EventStream resumed = EventStream.open(this.gateway, path, this.fixtures.ministry,
				Long.toString(proposed.id()))) {
			List<EventStream.Event> replayed = resumed.next(afterProposal.size(), Duration.ofSeconds(10));
			assertThat(replayed).extracting(EventStream.Event::id)
				.containsExactlyElementsOf(afterProposal.stream().map(EventStream.Event::id).toList());
			assertThat(replayed).extracting(EventStream.Event::type)
				.containsExactlyElementsOf(afterProposal.stream().map(EventStream.Event::type).toList());
		}
	}

	@Test
	void allocationsExportAsExcelReadyCsvOfExactlyTheFilteredRows() {
		String fundId = this.fixtures.fund("내보내기시험펀드", 1_000 * EOK, 0, 0);
		List<String> daegu = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			String title = "대구 미래차 보조금 %02d".formatted(i);
			this.fixtures.allocate(fundId, grant(title, "DAEGU", (10 + i) * EOK));
			daegu.add(title + ",대구광역시," + (10 + i) * EOK);
		}
		this.fixtures.allocate(fundId, grant("대전 미래차 보조금", "DAEJEON", 5 * EOK));

		Gateway.Reply csv = this.gateway.get(
				"/api/allocations?format=csv&region=DAEGU&fundId=" + fundId + "&columns=title,channel,amount",
				this.fixtures.ministry);

		assertCsv(csv, "title,channel,amount", daegu);
	}

	@Test
	void companiesExportAsExcelReadyCsvOfExactlyTheFilteredRows() {
		List<String> sejong = new ArrayList<>();
		for (int i = 1; i <= 21; i++) {
			String name = "세종모빌리티 %02d".formatted(i);
			String brn = this.fixtures.company(name, "SEJONG", "FUTURE_MOBILITY", EOK, "LOW_RATE_LOAN");
			sejong.add(brn + "," + name + ",SEJONG");
		}
		this.fixtures.company("세종바이오", "SEJONG", "BIO", EOK, "LOW_RATE_LOAN");
		this.fixtures.company("대전모빌리티", "DAEJEON", "FUTURE_MOBILITY", EOK, "LOW_RATE_LOAN");

		Gateway.Reply csv = this.gateway.send(
				this.gateway
					.request("/api/companies?region=SEJONG&industry=FUTURE_MOBILITY&columns=brn,name,region",
							this.fixtures.ministry)
					.header("Accept", "text/csv")
					.GET());

		assertCsv(csv, "brn,name,region", sejong);
	}

	@Test
	void matchesExportAsExcelReadyCsvOfExactlyTheFilteredRows() {
		String fundId = this.fixtures.fund("매칭내보내기시험펀드", 1_000 * EOK, 0, 0);
		String line = this.fixtures.guaranteeLine(fundId, "충북 바이오 보증", "CHUNGBUK", "BIO", 30 * EOK, EOK, 10 * EOK);
		for (String name : List.of("오송바이오 시험", "청주바이오 시험", "충주바이오 시험")) {
			String brn = this.fixtures.company(name, "CHUNGBUK", "BIO", 3 * EOK, "LOAN_GUARANTEE");
			this.fixtures.awaitProposal(line, brn);
		}
		List<String> expected = new ArrayList<>();
		for (JsonNode match : this.fixtures.matchesOf(line)) {
			expected.add(String.join(",", match.path("brn").asString(), match.path("companyName").asString(),
					match.path("amount").asString(), match.path("status").asString()));
		}
		assertThat(expected).hasSize(3);

		Gateway.Reply csv = this.gateway.get(
				"/api/matches?format=csv&allocationId=" + line + "&columns=brn,companyName,amount,status",
				this.fixtures.ministry);

		assertCsv(csv, "brn,companyName,amount,status", expected);
	}

	private static void assertCsv(Gateway.Reply csv, String header, List<String> rows) {
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", ".csv");
		assertThat(Arrays.copyOf(csv.bytes(), 3)).as("UTF-8 byte order mark").containsExactly(BOM);
		String text = new String(csv.bytes(), 3, csv.bytes().length - 3, StandardCharsets.UTF_8);
		List<String> lines = List.of(text.split("\r\n"));
		assertThat(lines.get(0)).isEqualTo(header);
		assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(rows);
	}

	private static boolean isAbout(EventStream.Event event, String matchId) {
		return matchId.equals(event.data().path("matchId").asString(""));
	}

	private static String grant(String title, String region, long amount) {
		String channel = "DAEGU".equals(region) ? "대구광역시" : "대전광역시";
		return """
				{"title": "%s", "channel": "%s", "regions": ["%s"], "industries": ["FUTURE_MOBILITY"],
				 "instrument": "GRANT", "terms": {}, "stages": ["GROWTH"], "amount": %d}
				""".formatted(title, channel, region, amount);
	}

}
