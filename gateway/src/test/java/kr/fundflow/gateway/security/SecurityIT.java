package kr.fundflow.gateway.security;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import kr.fundflow.gateway.support.GatewayTestSupport;
import kr.fundflow.testsupport.TestJwt;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityIT extends GatewayTestSupport {

	static Stream<Arguments> badTokens() {
		return Stream.of(Arguments.of("expired", TestJwt.bearer(TestJwt.expiredToken("op-1", "OPERATOR"))),
				Arguments.of("signed by another key",
						TestJwt.bearer(TestJwt.tokenSignedByStranger("op-1", "OPERATOR"))),
				Arguments.of("wrong issuer",
						TestJwt.bearer(TestJwt.tokenWithIssuer("op-1", "OPERATOR", "someone-else"))),
				Arguments.of("wrong audience",
						TestJwt.bearer(TestJwt.tokenWithAudience("op-1", "OPERATOR", "another-api"))),
				Arguments.of("alg none", TestJwt.bearer(TestJwt.unsignedToken("op-1", "OPERATOR"))),
				Arguments.of("unknown role", TestJwt.bearer(TestJwt.token("op-1", "ADMIN"))),
				Arguments.of("not a JWT", "Bearer not-a-token"), Arguments.of("not bearer", "Basic b3AtMTpwdw=="));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void aBadTokenIsRefusedWith401ProblemDetailsAndNeverReachesAService(String kind, String authorization) {
		String path = "/api/funds/" + UUID.randomUUID();
		this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.code")
			.isEqualTo("unauthenticated")
			.jsonPath("$.trace")
			.doesNotExist();
		assertThat(FUND.receivedPath(path)).isFalse();
	}

	@Test
	void noTokenIs401WithABearerChallenge() {
		this.http.get()
			.uri("/api/companies")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	static Stream<Arguments> refusedByRole() {
		return Stream.of(Arguments.of("OPS reads funds", "OPS", null, HttpMethod.GET, "/api/funds"),
				Arguments.of("OPS reads matches", "OPS", null, HttpMethod.GET, "/api/matches"),
				Arguments.of("OPS reads the dashboard", "OPS", null, HttpMethod.GET, "/api/dashboard/summary"),
				Arguments.of("ministry creates a fund", "MINISTRY", null, HttpMethod.POST, "/api/funds"),
				Arguments.of("ministry adjusts an allocation", "MINISTRY", null, HttpMethod.PATCH,
						"/api/allocations/a-1"),
				Arguments.of("working group records a disbursement", "WORKING_GROUP", "GYEONGBUK", HttpMethod.POST,
						"/api/allocations/a-1/disbursements"),
				Arguments.of("working group registers a company", "WORKING_GROUP", "INCHEON", HttpMethod.POST,
						"/api/companies"),
				Arguments.of("ministry reviews a match", "MINISTRY", null, HttpMethod.POST, "/api/matches/m-1/reviews"),
				Arguments.of("operator reviews a match", "OPERATOR", null, HttpMethod.POST, "/api/matches/m-1/reviews"),
				Arguments.of("ministry reads metrics", "MINISTRY", null, HttpMethod.GET, "/actuator/prometheus"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedByRole")
	void aRoleThatMayNotDoItIsRefusedWith403ProblemDetails(String what, String role, String region, HttpMethod method,
			String path) {
		this.http.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer("caller-" + role, role, region))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("forbidden");
	}

	static Stream<Arguments> allowedByRole() {
		return Stream.of(Arguments.of("ministry reads matches", "MINISTRY", null, HttpMethod.GET, "/api/matches"),
				Arguments.of("working group reads its matches", "WORKING_GROUP", "JEONNAM", HttpMethod.GET,
						"/api/matches"),
				Arguments.of("operator reads the dashboard", "OPERATOR", null, HttpMethod.GET,
						"/api/dashboard/summary"),
				Arguments.of("operator creates an allocation", "OPERATOR", null, HttpMethod.POST,
						"/api/funds/f-1/allocations"),
				Arguments.of("operator closes an allocation", "OPERATOR", null, HttpMethod.PATCH,
						"/api/allocations/a-1"),
				Arguments.of("working group reviews a match", "WORKING_GROUP", "GYEONGGI", HttpMethod.POST,
						"/api/matches/m-1/reviews"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allowedByRole")
	void aRoleThatMayDoItIsRelayed(String what, String role, String region, HttpMethod method, String path) {
		this.http.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer("caller-" + role, role, region))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.method")
			.isEqualTo(method.name())
			.jsonPath("$.path")
			.isEqualTo(path);
	}

	@Test
	void opsReadsMetricsTaggedWithTheApplication() {
		this.http.get()
			.uri("/api/reference/regions")
			.header(HttpHeaders.AUTHORIZATION, bearer("ministry-1", "MINISTRY"))
			.exchange()
			.expectStatus()
			.isOk();
		// The full scrape (with histograms) is larger than the client's default buffer.
		String metrics = this.http.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, bearer("ops-1", "OPS"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).contains("application=\"gateway\"")
			.contains("http_server_requests_seconds_bucket")
			.containsPattern("spring_cloud_gateway_requests_seconds_count\\{.*route_id=\"fund-service\"");
		this.http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void probesArePublic() {
		this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
	}

	@Test
	void anUnknownPathIs404ProblemDetailsForASignedInCallerAnd401ForAnyoneElse() {
		this.http.get()
			.uri("/no-such-page")
			.header(HttpHeaders.AUTHORIZATION, bearer("ministry-1", "MINISTRY"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
		this.http.get()
			.uri("/no-such-page")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void withoutTheLocalProfileThereIsNoDevTokenEndpoint() {
		this.http.post()
			.uri("/auth/dev-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"subject\":\"x\",\"role\":\"OPERATOR\"}")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/auth/demo-users")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
