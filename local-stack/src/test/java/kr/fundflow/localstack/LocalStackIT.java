package kr.fundflow.localstack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kr.fundflow.localstack.demo.BusinessRegistrationNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole stack from the fat jar, as a developer starts it (on other ports, in its own
 * data directory and databases): a fund, an allocation and a company through the gateway
 * end in a proposed match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

	private static final URI GATEWAY = URI.create("http://127.0.0.1:8180");

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final StackUnderTest stack = new StackUnderTest(Path.of("target", "it-stack"));

	@RegisterExtension
	final TestWatcher dumpLogsOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			System.err.println(LocalStackIT.this.stack.diagnostics());
		}
	};

	private String operatorToken;

	private String fundId;

	private String allocationId;

	private final String brn = BusinessRegistrationNumber
		.complete("5068" + String.format("%05d", (int) (System.currentTimeMillis() % 100_000)));

	@BeforeAll
	void startStack() throws Exception {
		assumeTrue(StackUnderTest.embedsServiceJars(), "local-stack.jar was built without the service jars");
		this.stack.start("--port-offset=100", "--reset", "--no-demo-data");
		try {
			this.stack.await("gateway health UP on " + GATEWAY, Duration.ofSeconds(180),
					() -> "UP".equals(gatewayHealth().orElse("")));
			this.operatorToken = token("OPERATOR");
		}
		catch (Throwable ex) {
			// the await message already holds the logs; a token failure needs them too
			System.err.println(ex.getMessage() + "\n" + this.stack.diagnostics());
			throw ex;
		}
	}

	@AfterAll
	void stopStack() throws InterruptedException {
		this.stack.stop();
	}

	@Test
	@Order(1)
	void anOperatorCreatesAFund() throws Exception {
		HttpResponse<String> created = post("/api/funds", """
				{"name": "통합시험펀드", "totalCap": 1000000000000, "periodStart": "2026-01-01",
				 "periodEnd": "2030-12-31", "regionalMinimum": 400000000000, "aiMinimum": 200000000000}
				""", this.operatorToken);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).isPresent();
		this.fundId = this.json.readTree(created.body()).path("id").asString();

		HttpResponse<String> read = get("/api/funds/" + this.fundId, this.operatorToken);
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		assertThat(this.json.readTree(read.body()).path("name").asString()).isEqualTo("통합시험펀드");
	}

	@Test
	@Order(2)
	void anAllocationForPohangHydrogenGuarantees() throws Exception {
		HttpResponse<String> created = post("/api/funds/" + this.fundId + "/allocations", """
				{"title": "포항 수소 협약보증", "channel": "iM뱅크", "regions": ["GYEONGBUK"], "industries": ["HYDROGEN"],
				 "instrument": "LOAN_GUARANTEE", "terms": {"coverageRatioPct": 90, "feeDiscountBp": 30},
				 "stages": ["STARTUP", "GROWTH", "EXPANSION", "LEAP"], "minTicket": 100000000,
				 "maxTicket": 500000000, "amount": 500000000}
				""", this.operatorToken);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		this.allocationId = this.json.readTree(created.body()).path("id").asString();
		assertThat(this.allocationId).isNotBlank();
	}

	@Test
	@Order(3)
	void aPohangHydrogenCompanyIsMatchedToIt() throws Exception {
		HttpResponse<String> created = post("/api/companies", """
				{"brn": "%s", "name": "영일만수소 시험", "region": "GYEONGBUK", "industries": ["HYDROGEN"],
				 "stage": "STARTUP", "employees": 12, "annualRevenue": 800000000, "foundedOn": "2023-03-02",
				 "certifications": [], "demands": [{"amount": 300000000, "purpose": "수전해 시험설비",
				 "instruments": ["LOAN_GUARANTEE"]}]}
				""".formatted(this.brn), this.operatorToken);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		String ministryToken = token("MINISTRY");
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		JsonNode proposed = null;
		String lastBody = "";
		while (proposed == null && System.nanoTime() < deadline) {
			HttpResponse<String> matches = get("/api/matches?allocationId=" + this.allocationId, ministryToken);
			lastBody = matches.body();
			if (matches.statusCode() == 200) {
				for (JsonNode match : this.json.readTree(matches.body()).path("content")) {
					if (this.brn.equals(match.path("brn").asString())
							&& "PROPOSED".equals(match.path("status").asString())
							&& this.allocationId.equals(match.path("allocationId").asString())) {
						proposed = match;
					}
				}
			}
			if (proposed == null) {
				Thread.sleep(1000);
			}
		}
		assertThat(proposed).as("a PROPOSED match for %s within 30 s; last answer: %s", this.brn, lastBody).isNotNull();
	}

	private String token(String role) throws Exception {
		HttpResponse<String> response = post("/auth/dev-token",
				"{\"subject\": \"local-stack-it\", \"role\": \"" + role + "\"}", null);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body()).path("token").asString();
	}

	private Optional<String> gatewayHealth() {
		try {
			HttpResponse<String> response = get("/actuator/health", null);
			return Optional.of(this.json.readTree(response.body()).path("status").asString(""));
		}
		catch (Exception ex) {
			return Optional.empty();
		}
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return send(request(path, token).GET());
	}

	private HttpResponse<String> post(String path, String body, String token) throws Exception {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(GATEWAY.resolve(path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
