package kr.fundflow.gateway.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.gateway.support.StubService;
import kr.fundflow.testsupport.TestJwt;

import static org.assertj.core.api.Assertions.assertThat;

/** The fund service and the broker are not running; the others are. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class UnreachableDependenciesIT {

	private static final int NOTHING_LISTENS = freePort();

	private static final StubService COMPANY = StubService.start("company");

	private static final StubService MATCHING = StubService.start("matching");

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("fundflow.services.fund", () -> "http://127.0.0.1:" + NOTHING_LISTENS);
		registry.add("fundflow.services.company", () -> COMPANY.url().toString());
		registry.add("fundflow.services.matching", () -> MATCHING.url().toString());
		registry.add("fundflow.health.kafka-bootstrap-servers", () -> "127.0.0.1:" + NOTHING_LISTENS);
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
	}

	@Autowired
	WebTestClient http;

	@Test
	void aCallToAServiceThatIsDownIs503ProblemDetails() {
		this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("op-1", "OPERATOR")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"" + UUID.randomUUID() + "\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "5")
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("service-unavailable")
			.jsonPath("$.detail")
			.isEqualTo("The fund-service is unavailable; try again shortly")
			.jsonPath("$.trace")
			.doesNotExist();
	}

	@Test
	void theOtherServicesStillAnswer() {
		this.http.get()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("ministry-1", "MINISTRY")))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void healthIsDownNamingTheServiceAndTheBrokerWithinAFewSeconds() {
		long started = System.nanoTime();
		var result = this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody(Map.class)
			.returnResult();
		// Bounded by the checks' own timeouts (1.5 s, the broker's 2 s), not by how long
		// a client waits.
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));

		Map<?, ?> health = result.getResponseBody();
		assertThat(health.get("status")).isEqualTo("DOWN");
		assertThat(SystemHealthIT.component(health, "fundService")).isEqualTo("DOWN");
		assertThat(SystemHealthIT.component(health, "kafka")).isEqualTo("DOWN");
		assertThat(SystemHealthIT.details(health, "kafka")).containsEntry("error", "no answer within 1500 ms");
		assertThat(SystemHealthIT.component(health, "companyService")).isEqualTo("UP");
		assertThat(SystemHealthIT.component(health, "matchingService")).isEqualTo("UP");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
