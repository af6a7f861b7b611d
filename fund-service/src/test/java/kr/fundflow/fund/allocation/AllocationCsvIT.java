package kr.fundflow.fund.allocation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.testsupport.TestPostgres;

import static kr.fundflow.fund.FundApi.EOK;
import static kr.fundflow.fund.FundApi.JO;
import static kr.fundflow.fund.FundApi.MINISTRY;
import static kr.fundflow.fund.FundApi.guaranteeLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation export: every row of the filtered list (more than the largest page),
 * streamed as CSV that Excel opens with Korean intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationCsvIT {

	/** More than the largest page (200), so one page cannot pass for the export. */
	private static final int LINES = 205;

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = FundServiceEnvironment.register(registry, "fund_csv");
	}

	@Autowired
	WebTestClient http;

	UUID fundId;

	UUID tricky;

	@BeforeAll
	void allocations() throws Exception {
		FundApi api = new FundApi(this.http, database);
		this.fundId = api.createFund(1 * JO);
		var trickyLine = guaranteeLine(7 * EOK);
		trickyLine.put("title", "포항 \"원스톱\", 지역특화금융");
		trickyLine.put("channel", "=HYPERLINK(\"http://evil\")");
		trickyLine.put("regions", List.of("JEJU", "GYEONGBUK"));
		this.tricky = api.createAllocation(this.fundId, trickyLine);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<UUID>> creations = new ArrayList<>();
			for (int i = 1; i < LINES; i++) {
				creations.add(() -> api.createAllocation(this.fundId, guaranteeLine(EOK)));
			}
			for (Future<UUID> created : pool.invokeAll(creations)) {
				created.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void acceptTextCsvStreamsEveryRowWithAByteOrderMarkAndKoreanIntact() {
		EntityExchangeResult<byte[]> result = this.http.get()
			.uri("/api/allocations?fundId={fundId}", this.fundId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.accept(new MediaType("text", "csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION, value -> assertThat(value).contains("allocations.csv"))
			.expectBody(byte[].class)
			.returnResult();
		byte[] body = result.getResponseBody();
		assertThat(Arrays.copyOf(body, 3)).isEqualTo(BOM);
		List<String> lines = lines(body);
		assertThat(lines.get(0)).isEqualTo("id,fundId,title,channel,regions,industries,instrument,coverageRatioPct,"
				+ "feeDiscountBp,subsidyRateBp,termMonths,stages,maxEmployees,minTicket,maxTicket,amount,committed,"
				+ "disbursed,remaining,status,createdAt");
		assertThat(lines).hasSize(1 + LINES);
		String first = lines.get(1);
		assertThat(first).startsWith(this.tricky + "," + this.fundId + ",");
		// RFC 4180 quoting for the comma and quotes; the formula is neutralised; lists
		// joined with ;
		assertThat(first).contains(",\"포항 \"\"원스톱\"\", 지역특화금융\",\"'=HYPERLINK(\"\"http://evil\"\")\",JEJU;GYEONGBUK,"
				+ "HYDROGEN;AI,LOAN_GUARANTEE,100,30,,,STARTUP;GROWTH;EXPANSION;LEAP,300,,,700000000,0,0,700000000,OPEN,");
		assertThat(lines.get(2)).contains(",포항 iM금융 원스톱 지역특화금융,iM뱅크,GYEONGBUK,");
	}

	@Test
	void formatCsvWithChosenColumnsGivesExactlyThoseColumnsInThatOrder() {
		byte[] body = this.http.get()
			.uri("/api/allocations?fundId={fundId}&region=JEJU&format=csv&columns=channel,amount,id", this.fundId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(Arrays.copyOf(body, 3)).isEqualTo(BOM);
		assertThat(lines(body)).containsExactly("channel,amount,id",
				"\"'=HYPERLINK(\"\"http://evil\"\")\",700000000," + this.tricky);
	}

	@Test
	void theFilterAppliesToTheExportAsToTheList() {
		byte[] body = this.http.get()
			.uri("/api/allocations?fundId={fundId}&status=CLOSED&format=csv&columns=id", this.fundId)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(lines(body)).containsExactly("id");
	}

	@Test
	void anUnknownColumnOrFilterIsA400BeforeAnyRowIsSent() {
		for (String query : new String[] { "format=csv&columns=id,bogus", "format=csv&columns=",
				"format=csv&region=POHANG" }) {
			this.http.get()
				.uri("/api/allocations?" + query)
				.header(HttpHeaders.AUTHORIZATION, MINISTRY)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.http.get()
			.uri("/api/allocations?columns=id,bogus")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.accept(new MediaType("text", "csv"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("columns");
	}

	@Test
	void withoutAskingForCsvTheListStaysAJsonPage() {
		for (String accept : new String[] { null, "*/*", "application/json" }) {
			WebTestClient.RequestHeadersSpec<?> request = this.http.get()
				.uri("/api/allocations?fundId={fundId}", this.fundId)
				.header(HttpHeaders.AUTHORIZATION, MINISTRY);
			if (accept != null) {
				request = request.header(HttpHeaders.ACCEPT, accept);
			}
			request.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
				.expectBody()
				.jsonPath("$.totalElements")
				.isEqualTo(LINES)
				.jsonPath("$.content.length()")
				.isEqualTo(20);
		}
	}

	@Test
	void theExportNeedsAReadingRole() {
		this.http.get()
			.uri("/api/allocations?format=csv")
			.header(HttpHeaders.AUTHORIZATION, FundApi.OPS)
			.exchange()
			.expectStatus()
			.isForbidden();
		this.http.get().uri("/api/allocations?format=csv").exchange().expectStatus().isUnauthorized();
	}

	private static List<String> lines(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
		return List.of(text.substring(1, text.length() - 2).split("\r\n", -1));
	}

}
