package kr.fundflow.fund.fund;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.Topics;
import kr.fundflow.contracts.fund.FundCreated;
import kr.fundflow.fund.FundServiceEnvironment;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.TestJwt;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class FundApiIT {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		FundServiceEnvironment.register(registry, "fund_api");
	}

	@Autowired
	WebTestClient http;

	private static final Map<String, Object> NATIONAL_GROWTH_FUND = Map.of("name", "국민성장펀드", "totalCap",
			150_000_000_000_000L, "periodStart", "2026-01-01", "periodEnd", "2030-12-31", "regionalMinimum",
			60_000_000_000_000L, "aiMinimum", 30_000_000_000_000L);

	@Test
	void operatorCreatesAFundThatIsReadBackAndAnnouncedOnKafka() {
		try (EventRecorder funds = new EventRecorder(Topics.FUNDS)) {
			Map<?, ?> created = this.http.post()
				.uri("/api/funds")
				.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("op-1", "OPERATOR")))
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(NATIONAL_GROWTH_FUND)
				.exchange()
				.expectStatus()
				.isCreated()
				.expectHeader()
				.value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/funds/"))
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			String id = (String) created.get("id");

			this.http.get()
				.uri("/api/funds/{id}", id)
				.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("ministry-1", "MINISTRY")))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.name")
				.isEqualTo("국민성장펀드")
				.jsonPath("$.totalCap")
				.isEqualTo(150_000_000_000_000L)
				.jsonPath("$.reviewThreshold")
				.isEqualTo(10_000_000_000L);

			ConsumerRecord<String, byte[]> record = funds.await(r -> r.key().equals(id), Duration.ofSeconds(30));
			FundCreated event = EventCodec.fromJson(record.value(), FundCreated.class);
			assertThat(event.fundId()).isEqualTo(UUID.fromString(id));
			assertThat(event.regionalMinimum()).isEqualTo(60_000_000_000_000L);
			assertThat(EventRecorder.header(record, "ce_type")).isEqualTo("fund.fund.created");
			assertThat(EventRecorder.header(record, "ce_source")).isEqualTo("/fundflow/fund-service");
			assertThat(EventRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(EventRecorder.header(record, "ce_schemaversion")).isEqualTo("1");
			assertThat(UUID.fromString(EventRecorder.header(record, "ce_id"))).isNotNull();
		}
	}

	@Test
	void aFundWithoutANameIsRefusedWithProblemDetailsNamingTheField() {
		Map<String, Object> nameless = new java.util.HashMap<>(NATIONAL_GROWTH_FUND);
		nameless.remove("name");
		this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("op-1", "OPERATOR")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(nameless)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
	}

	@Test
	void fractionalWonIsRefused() {
		this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("op-1", "OPERATOR")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\":\"x\",\"totalCap\":1.5,\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\","
					+ "\"regionalMinimum\":0,\"aiMinimum\":0}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("totalCap");
	}

	@Test
	void withoutATokenTheAnswerIs401ProblemDetails() {
		this.http.get()
			.uri("/api/funds")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aMinistryMayNotCreateFunds() {
		this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("ministry-1", "MINISTRY")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(NATIONAL_GROWTH_FUND)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void badTokensAreRefused() {
		for (String token : new String[] { TestJwt.expiredToken("x", "OPERATOR"),
				TestJwt.tokenSignedByStranger("x", "OPERATOR"), TestJwt.tokenWithIssuer("x", "OPERATOR", "evil"),
				TestJwt.tokenWithAudience("x", "OPERATOR", "other-api"), TestJwt.unsignedToken("x", "OPERATOR") }) {
			this.http.get()
				.uri("/api/funds")
				.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(token))
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}
	}

}
