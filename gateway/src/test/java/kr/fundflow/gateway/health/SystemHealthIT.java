package kr.fundflow.gateway.health;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.gateway.support.StubService;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Three stub services and the real test broker behind the gateway's health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "fundflow.health.cache-for=500ms" })
@AutoConfigureWebTestClient(timeout = "20s")
class SystemHealthIT {

	private static final StubService FUND = StubService.start("fund");

	private static final StubService COMPANY = StubService.start("company");

	private static final StubService MATCHING = StubService.start("matching");

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("fundflow.services.fund", () -> FUND.url().toString());
		registry.add("fundflow.services.company", () -> COMPANY.url().toString());
		registry.add("fundflow.services.matching", () -> MATCHING.url().toString());
		registry.add("fundflow.health.kafka-bootstrap-servers", TestKafka::bootstrapServers);
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
	}

	@Autowired
	WebTestClient http;

	@Test
	void healthIsUpOnlyWhileEveryServiceIsReadyAndTheBrokerAnswers() {
		Map<?, ?> up = awaitHealth(200);
		assertThat(up.get("status")).isEqualTo("UP");
		assertThat(component(up, "fundService")).isEqualTo("UP");
		assertThat(component(up, "companyService")).isEqualTo("UP");
		assertThat(component(up, "matchingService")).isEqualTo("UP");
		assertThat(component(up, "kafka")).isEqualTo("UP");
		// Every part of the system has a definite status, and all are UP.
		((Map<?, ?>) up.get("components"))
			.forEach((name, part) -> assertThat(((Map<?, ?>) part).get("status")).as("%s", name).isEqualTo("UP"));

		COMPANY.readiness("OUT_OF_SERVICE");
		try {
			Map<?, ?> down = awaitHealth(503);
			assertThat(down.get("status")).isEqualTo("DOWN");
			assertThat(component(down, "companyService")).isEqualTo("DOWN");
			assertThat(details(down, "companyService")).containsEntry("readiness", "OUT_OF_SERVICE");
			assertThat(component(down, "fundService")).isEqualTo("UP");
			assertThat(component(down, "kafka")).isEqualTo("UP");
		}
		finally {
			COMPANY.readiness("UP");
		}
		assertThat(awaitHealth(200).get("status")).isEqualTo("UP");
	}

	@Test
	void theGatewaysOwnProbesDoNotDependOnTheServices() {
		MATCHING.readiness("OUT_OF_SERVICE");
		try {
			awaitHealth(503);
			this.http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
			this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		}
		finally {
			MATCHING.readiness("UP");
		}
		awaitHealth(200);
	}

	private Map<?, ?> awaitHealth(int status) {
		Map<?, ?>[] body = new Map<?, ?>[1];
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
			var result = this.http.get().uri("/actuator/health").exchange().expectBody(Map.class).returnResult();
			body[0] = result.getResponseBody();
			return result.getStatus().value() == status;
		});
		return body[0];
	}

	static Object component(Map<?, ?> health, String name) {
		return ((Map<?, ?>) ((Map<?, ?>) health.get("components")).get(name)).get("status");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> details(Map<?, ?> health, String name) {
		return (Map<String, Object>) ((Map<?, ?>) ((Map<?, ?>) health.get("components")).get(name)).get("details");
	}

}
