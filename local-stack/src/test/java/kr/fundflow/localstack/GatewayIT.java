package kr.fundflow.localstack;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's refusals, documentation and pages on the whole stack (issue 5): every
 * error is {@code application/problem+json} without a stack trace. Pair used only here:
 * BUSAN/SHIPBUILDING. The rate-limit test has a subject of its own, so no other test's
 * bucket is touched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayIT {

	private static final long EOK = 100_000_000L;

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = SharedStack.dumpLogsOnFailure();

	private Gateway gateway;

	private Fixtures fixtures;

	@BeforeAll
	void connect() throws Exception {
		this.gateway = SharedStack.gateway();
		this.fixtures = new Fixtures(this.gateway, "it-gateway");
	}

	@Test
	void noTokenIs401ProblemDetails() {
		Gateway.Reply refused = this.gateway.get("/api/funds", null);

		assertProblem(refused, 401);
		assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
	}

	@Test
	void aBadTokenIs401ProblemDetails() {
		String[] good = this.fixtures.ministry.split("\\.");
		String forgedSignature = good[0] + "." + good[1] + "." + new StringBuilder(good[2]).reverse();
		String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + good[1] + ".";

		for (String token : List.of("not-a-token", forgedSignature, unsigned)) {
			assertProblem(this.gateway.get("/api/funds", token), 401);
		}
	}

	@Test
	void aRoleThatMayNotIs403ProblemDetails() {
		String ops = this.gateway.token("it-gateway-ops", "OPS");
		String workingGroup = this.gateway.token("it-gateway-wg-busan", "WORKING_GROUP", "BUSAN");

		assertProblem(this.gateway.post("/api/funds", "{}", this.fixtures.ministry), 403);
		assertProblem(this.gateway.get("/api/funds", ops), 403);
		assertProblem(this.gateway.post("/api/companies", "{}", workingGroup), 403);
		assertProblem(
				this.gateway.get("/api/dashboard/summary?fundId=00000000-0000-0000-0000-000000000000", workingGroup),
				403);
	}

	@Test
	void anotherRegionsMatchIs404ProblemDetailsForAWorkingGroup() {
		String fundId = this.fixtures.fund("게이트웨이시험펀드", 100 * EOK, 0, 0);
		String line = this.fixtures.guaranteeLine(fundId, "부산 조선 보증", "BUSAN", "SHIPBUILDING", 10 * EOK, EOK, 5 * EOK);
		String brn = this.fixtures.company("영도조선 시험", "BUSAN", "SHIPBUILDING", 2 * EOK, "LOAN_GUARANTEE");
		String matchId = this.fixtures.awaitProposal(line, brn).path("id").asString();
		String busan = this.gateway.token("it-gateway-wg-busan", "WORKING_GROUP", "BUSAN");
		String ulsan = this.gateway.token("it-gateway-wg-ulsan", "WORKING_GROUP", "ULSAN");

		assertThat(this.gateway.get("/api/matches/" + matchId, busan).status()).isEqualTo(200);
		assertProblem(this.gateway.get("/api/matches/" + matchId, ulsan), 404);
	}

	@Test
	void aBodyOver64KiBIs413ProblemDetailsAndNothingIsStored() {
		String brn = Fixtures.newBrn();
		String padded = Fixtures.companyJson(brn, "큰요청 " + "가".repeat(22_000), "BUSAN", "LOGISTICS", EOK, "GRANT");
		assertThat(padded.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(64 * 1024);

		assertProblem(this.gateway.post("/api/companies", padded, this.fixtures.operator), 413);
		assertThat(this.gateway.get("/api/companies/" + brn, this.fixtures.operator).status()).isEqualTo(404);
	}

	/**
	 * A caller may send bursts of 100 and 50 a second: waves of requests at once from one
	 * subject meet a 429 (at most 1,024 are sent); another subject is not held back.
	 */
	@Test
	void aBurstIs429ProblemDetailsWithRetryAfterForThatCallerOnly() throws Exception {
		String burst = this.gateway.token("it-gateway-burst", "MINISTRY");
		ExecutorService pool = Executors.newFixedThreadPool(16);
		Gateway.Reply limited = null;
		try {
			for (int wave = 0; wave < 16 && limited == null; wave++) {
				List<Future<Gateway.Reply>> sent = new ArrayList<>();
				for (int i = 0; i < 64; i++) {
					sent.add(pool.submit(() -> this.gateway.get("/api/reference/instruments", burst)));
				}
				for (Future<Gateway.Reply> future : sent) {
					Gateway.Reply reply = future.get();
					assertThat(reply.status()).as(reply.toString()).isIn(200, 429);
					if (reply.status() == 429 && limited == null) {
						limited = reply;
					}
				}
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(limited).as("a 429 among 1,024 requests sent 16 at a time").isNotNull();
		assertProblem(limited, 429);
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"))).isGreaterThanOrEqualTo(1);
		assertThat(this.gateway.get("/api/reference/instruments", this.fixtures.ministry).status()).isEqualTo(200);
	}

	@Test
	void swaggerUiAndEveryServicesOpenApiAreReachable() throws Exception {
		HttpClient following = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		HttpResponse<String> ui = following.send(
				HttpRequest.newBuilder(this.gateway.uri("/swagger-ui.html")).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(ui.body()).containsIgnoringCase("swagger");

		for (String[] service : new String[][] { { "fund", "/api/funds" }, { "company", "/api/companies" },
				{ "matching", "/api/matches" } }) {
			Gateway.Reply docs = this.gateway.get("/v3/api-docs/" + service[0], null);
			assertThat(docs.status()).as("/v3/api-docs/%s: %s", service[0], docs).isEqualTo(200);
			assertThat(docs.json().path("openapi").asString()).startsWith("3.");
			assertThat(docs.json().path("paths").has(service[1])).as("%s documents %s", service[0], service[1])
				.isTrue();
		}
	}

	@Test
	void theRootServesThePagesAndTheirScripts() {
		Gateway.Reply page = this.gateway.get("/", null);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		Matcher script = Pattern.compile("src=\"\\.?(/assets/[^\"]+\\.js)\"").matcher(page.body());
		assertThat(script.find()).as("a bundled script in %s", page.body()).isTrue();
		Gateway.Reply bundle = this.gateway.get(script.group(1), null);
		assertThat(bundle.status()).isEqualTo(200);
		assertThat(bundle.contentType()).contains("javascript");
	}

	private static void assertProblem(Gateway.Reply reply, int status) {
		assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
		assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
		assertThat(reply.json().path("status").asInt()).isEqualTo(status);
		assertThat(reply.json().path("title").asString()).isNotBlank();
		assertThat(reply.json().has("trace")).isFalse();
		assertThat(reply.body()).doesNotContain("Exception", "\tat ");
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
