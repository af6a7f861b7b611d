package kr.fundflow.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.gateway.support.GatewayTestSupport;
import kr.fundflow.gateway.support.StubService;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayTestSupport {

	@ParameterizedTest
	@CsvSource({ "/api/funds, fund", "/api/funds/f-1/allocations, fund", "/api/allocations/a-1, fund",
			"/api/reference/regions, fund", "/api/dashboard/summary, fund", "/api/dashboard/flows, fund",
			"/api/companies/1234567890, company", "/api/companies, company", "/api/matches/m-1, matching",
			"/api/matches, matching" })
	void eachApiPathReachesItsService(String path, String service) {
		String query = "region=GYEONGBUK&q=" + UUID.randomUUID();
		this.http.get()
			.uri(path + "?" + query)
			.header(HttpHeaders.AUTHORIZATION, bearer("ministry-1", "MINISTRY"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service)
			.jsonPath("$.method")
			.isEqualTo("GET")
			.jsonPath("$.path")
			.isEqualTo(path)
			.jsonPath("$.query")
			.isEqualTo(query);
	}

	@Test
	void aWriteReachesTheServiceWithItsMethodBodyAndToken() {
		String token = bearer("op-1", "OPERATOR");
		// Fields the gateway does not know pass untouched: the service, not the gateway,
		// binds bodies.
		String body = "{\"name\":\"국민성장펀드\",\"totalCap\":150000000000000,\"somethingNew\":true}";
		this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("fund")
			.jsonPath("$.method")
			.isEqualTo("POST")
			.jsonPath("$.authorization")
			.isEqualTo(token)
			.jsonPath("$.contentType")
			.isEqualTo("application/json")
			.jsonPath("$.body")
			.isEqualTo(body);
	}

	@Test
	void anAdjustmentAndADisbursementReachTheFundService() {
		String token = bearer("op-1", "OPERATOR");
		this.http.patch()
			.uri("/api/allocations/a-7")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"amount\":5000000000}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("fund")
			.jsonPath("$.method")
			.isEqualTo("PATCH")
			.jsonPath("$.body")
			.isEqualTo("{\"amount\":5000000000}");
		this.http.post()
			.uri("/api/allocations/a-7/disbursements")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"matchId\":\"m-1\",\"amount\":1}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/api/allocations/a-7/disbursements");
	}

	@Test
	void aReviewReachesTheMatchingServiceWithTheWorkingGroupsToken() {
		String token = bearer("wg-gyeongbuk-1", "WORKING_GROUP", "GYEONGBUK");
		this.http.post()
			.uri("/api/matches/m-42/reviews")
			.header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"decision\":\"APPROVE\",\"reason\":\"포항 이차전지 소재\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("matching")
			.jsonPath("$.path")
			.isEqualTo("/api/matches/m-42/reviews")
			.jsonPath("$.authorization")
			.isEqualTo(token)
			.jsonPath("$.body")
			.isEqualTo("{\"decision\":\"APPROVE\",\"reason\":\"포항 이차전지 소재\"}");
	}

	@Test
	void aCompanyRegistrationReachesTheCompanyService() {
		this.http.post()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, bearer("op-1", "OPERATOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"brn\":\"1234567891\",\"name\":\"넥스젠파워\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("company")
			.jsonPath("$.method")
			.isEqualTo("POST");
	}

	@Test
	void serverSentEventsStreamThroughAsTheyHappenAndOutliveTheResponseTimeout() {
		Flux<ServerSentEvent<String>> events = this.http.get()
			.uri("/api/dashboard/stream")
			.header(HttpHeaders.AUTHORIZATION, bearer("ministry-1", "MINISTRY"))
			.header("Last-Event-ID", "evt-41")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_EVENT_STREAM)
			.returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {
			})
			.getResponseBody();

		StepVerifier.create(events)
			// The first event arrives while the stream stays open: nothing is buffered to
			// the end.
			.assertNext(event -> {
				assertThat(event.event()).isEqualTo("hello");
				assertThat(event.data()).isEqualTo("resume-after=evt-41");
			})
			.then(() -> FUND.emit("allocation a-1 committed"))
			.assertNext(event -> assertThat(event.data()).isEqualTo("allocation a-1 committed"))
			// Quiet for longer than the 3 s response timeout: the stream stays open.
			.expectNoEvent(Duration.ofMillis(3500))
			.then(() -> FUND.emit("match m-1 approved"))
			.assertNext(event -> assertThat(event.data()).isEqualTo("match m-1 approved"))
			.thenCancel()
			.verify(Duration.ofSeconds(15));
	}

	@Test
	void eachServicesOpenApiIsServedThroughTheGatewayWithoutAToken() {
		for (StubService service : List.of(FUND, COMPANY, MATCHING)) {
			this.http.get()
				.uri("/v3/api-docs/" + service.name())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.info.title")
				.isEqualTo(service.name() + "-service")
				// The service saw the gateway's host, so "Try it out" goes through the
				// gateway.
				.jsonPath("$.servers[0].url")
				.value(url -> assertThat((String) url).doesNotContain(":" + service.url().getPort()));
		}
	}

	@Test
	void theSwaggerUiListsTheThreeServices() {
		this.http.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
		Map<?, ?> config = this.http.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<Object> urls = ((List<?>) config.get("urls")).stream()
			.map(url -> ((Map<?, ?>) url).get("url"))
			.collect(Collectors.toList());
		assertThat(urls).containsExactlyInAnyOrder("/v3/api-docs/fund", "/v3/api-docs/company",
				"/v3/api-docs/matching");
	}

	@Test
	void theGatewaysOwnOpenApiIsServed() {
		this.http.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.exists();
	}

	@Test
	void pagesAndTheirAssetsAreServedWithoutAToken() {
		this.http.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);
		this.http.get().uri("/index.html").exchange().expectStatus().isOk();
		this.http.get()
			.uri("/assets/probe.css")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/css");
		this.http.get().uri("/probe.js").exchange().expectStatus().isOk();
	}

	@Test
	void aServiceThatDoesNotAnswerInTimeIs504ProblemDetails() {
		this.http.get()
			.uri("/api/companies/slow")
			.header(HttpHeaders.AUTHORIZATION, bearer("ministry-1", "MINISTRY"))
			.exchange()
			.expectStatus()
			.isEqualTo(504)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("service-timeout")
			.jsonPath("$.detail")
			.isEqualTo("The company-service did not answer in time");
	}

	@Test
	void aServiceThatHangsUpWithoutAnsweringIs502ProblemDetails() {
		badGateway("/api/matches/hang-up").jsonPath("$.detail")
			.isEqualTo("The matching-service closed the connection before answering");
	}

	@Test
	void aServiceThatResetsTheConnectionIs502ProblemDetailsNot500() {
		badGateway("/api/matches/reset");
	}

	/** A ministry's GET answered 502 {@code bad-gateway} problem details; its body. */
	private WebTestClient.BodyContentSpec badGateway(String uri) {
		return this.http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, bearer("ministry-1", "MINISTRY"))
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("bad-gateway");
	}

}
