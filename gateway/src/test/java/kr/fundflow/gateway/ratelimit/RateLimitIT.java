package kr.fundflow.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.gateway.support.StubService;
import kr.fundflow.testsupport.TestJwt;

import static org.assertj.core.api.Assertions.assertThat;

/** A gateway with a small in-memory limit: 1 request per second, bursts of 3. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fundflow.rate-limit.requests-per-second=1", "fundflow.rate-limit.burst=3" })
@AutoConfigureWebTestClient(timeout = "20s")
class RateLimitIT {

	private static final StubService SERVICES = StubService.start("fund");

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("fundflow.services.fund", () -> SERVICES.url().toString());
		registry.add("fundflow.services.company", () -> SERVICES.url().toString());
		registry.add("fundflow.services.matching", () -> SERVICES.url().toString());
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
	}

	@Autowired
	WebTestClient http;

	@Test
	void aBurstOverTheLimitIsRefusedWith429AndRetryAfterWhileOtherCallersGoOn() {
		String greedy = TestJwt.bearer(TestJwt.token("greedy-" + UUID.randomUUID(), "MINISTRY"));
		long started = System.nanoTime();
		List<EntityExchangeResult<byte[]>> results = new ArrayList<>();
		// At 1 per second, 30 requests cannot all pass unless each took a second.
		while (results.size() < 30 && results.stream().noneMatch(result -> result.getStatus().value() == 429)) {
			results.add(this.http.get()
				.uri("/api/funds")
				.header(HttpHeaders.AUTHORIZATION, greedy)
				.exchange()
				.expectBody()
				.returnResult());
		}
		long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;

		long passed = results.stream().filter(result -> result.getStatus().value() == 200).count();
		// The burst of 3 at once, plus at most one per second that went by.
		assertThat(passed).isBetween(3L, 3L + elapsedSeconds + 1);
		assertThat(results.subList(0, 3)).allSatisfy(result -> assertThat(result.getStatus().value()).isEqualTo(200));
		EntityExchangeResult<byte[]> refused = results.get(results.size() - 1);
		assertThat(refused.getStatus().value()).isEqualTo(429);
		assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isEqualTo(1);
		assertThat(new String(refused.getResponseBodyContent())).contains("\"code\":\"too-many-requests\"");

		// Another caller has a bucket of its own.
		this.http.get()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION,
					TestJwt.bearer(TestJwt.token("patient-" + UUID.randomUUID(), "MINISTRY")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void anonymousCallersAreLimitedByAddressButProbesNever() {
		for (int i = 0; i < 10; i++) {
			this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		}
		List<Integer> statuses = new ArrayList<>();
		while (statuses.size() < 30 && !statuses.contains(429)) {
			statuses.add(this.http.get()
				.uri("/v3/api-docs/fund")
				.exchange()
				.expectBody()
				.returnResult()
				.getStatus()
				.value());
		}
		assertThat(statuses).contains(429);
	}

}
