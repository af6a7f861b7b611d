package kr.fundflow.company.company;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;

import kr.fundflow.contracts.EventCodec;
import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.Topics;
import kr.fundflow.contracts.company.CompanyDemand;
import kr.fundflow.contracts.company.CompanyRegistered;
import kr.fundflow.contracts.company.CompanyUpdated;
import kr.fundflow.testsupport.EventRecorder;
import kr.fundflow.testsupport.ServiceTestEnvironment;
import kr.fundflow.testsupport.TestJwt;
import kr.fundflow.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry over HTTP against real PostgreSQL and Kafka. Tests share one database, so
 * each uses fresh registration numbers and, where it counts rows, a region or a name
 * token of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CompanyApiIT {

	private static TestPostgres.Database database;

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		database = ServiceTestEnvironment.register(registry, "company_api");
	}

	private static final String OPERATOR = TestJwt.bearer(TestJwt.token("op-1", "OPERATOR"));

	private static final String MINISTRY = TestJwt.bearer(TestJwt.token("ministry-1", "MINISTRY"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebTestClient http;

	@LocalServerPort
	int port;

	@Test
	void operatorRegistersACompanyThatIsReadBackAndAnnouncedOnKafka() {
		String brn = newBrn();
		try (EventRecorder companies = new EventRecorder(Topics.COMPANIES)) {
			Map<String, Object> body = nexgen(brn);
			body.put("brn", dashed(brn));
			this.http.post()
				.uri("/api/companies")
				.header(HttpHeaders.AUTHORIZATION, OPERATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isCreated()
				.expectHeader()
				.valueEquals(HttpHeaders.LOCATION, "/api/companies/" + brn)
				.expectBody()
				.jsonPath("$.brn")
				.isEqualTo(brn)
				.jsonPath("$.name")
				.isEqualTo("㈜넥스젠파워")
				.jsonPath("$.revision")
				.isEqualTo(1)
				.jsonPath("$.demands[0].amount")
				.isEqualTo(3_000_000_000L);

			this.http.get()
				.uri("/api/companies/{brn}", dashed(brn))
				.header(HttpHeaders.AUTHORIZATION, MINISTRY)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.brn")
				.isEqualTo(brn)
				.jsonPath("$.region")
				.isEqualTo("INCHEON")
				.jsonPath("$.industries[0]")
				.isEqualTo("POWER_SEMICONDUCTOR")
				.jsonPath("$.stage")
				.isEqualTo("GROWTH")
				.jsonPath("$.employees")
				.isEqualTo(85)
				.jsonPath("$.annualRevenue")
				.isEqualTo(10_000_000_000L)
				.jsonPath("$.foundedOn")
				.isEqualTo("2019-03-01")
				.jsonPath("$.certifications[1]")
				.isEqualTo("TECH_INNOVATION")
				.jsonPath("$.demands[0].purpose")
				.isEqualTo("전력반도체 생산설비 증설")
				.jsonPath("$.demands[0].instruments[1]")
				.isEqualTo("INTEREST_SUBSIDY");

			ConsumerRecord<String, byte[]> record = companies.await(r -> r.key().equals(brn), Duration.ofSeconds(30));
			assertThat(EventRecorder.header(record, "ce_type")).isEqualTo("company.company.registered");
			assertThat(EventRecorder.header(record, "ce_source")).isEqualTo("/fundflow/company-service");
			assertThat(EventRecorder.header(record, "ce_specversion")).isEqualTo("1.0");
			assertThat(EventRecorder.header(record, "ce_schemaversion")).isEqualTo("1");
			assertThat(EventRecorder.header(record, "ce_subject")).isEqualTo(brn);
			assertThat(EventRecorder.header(record, "ce_id")).isNotBlank();
			assertThat(EventRecorder.header(record, "ce_time")).isNotBlank();
			assertThat(EventRecorder.header(record, "content-type")).isEqualTo("application/json");
			assertSameFieldsAsGolden(record.value(), EventType.COMPANY_REGISTERED);

			CompanyRegistered event = EventCodec.fromJson(record.value(), CompanyRegistered.class);
			assertThat(event.brn()).isEqualTo(brn);
			assertThat(event.name()).isEqualTo("㈜넥스젠파워");
			assertThat(event.region()).isEqualTo("INCHEON");
			assertThat(event.industries()).containsExactly("POWER_SEMICONDUCTOR");
			assertThat(event.stage()).isEqualTo("GROWTH");
			assertThat(event.annualRevenue()).isEqualTo(10_000_000_000L);
			assertThat(event.certifications()).containsExactly("INNOBIZ", "TECH_INNOVATION");
			assertThat(event.demands()).containsExactly(
					new CompanyDemand(3_000_000_000L, "전력반도체 생산설비 증설", List.of("LOAN_GUARANTEE", "INTEREST_SUBSIDY")));
			assertThat(event.revision()).isEqualTo(1);
			assertThat(EventRecorder.header(record, "ce_time")).isEqualTo(event.registeredAt().toString());
		}
	}

	@Test
	void aBadCheckDigitIsRefusedNamingBrnAndNothingIsStored() {
		String good = newBrn();
		String bad = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
		expectRefusal(nexgen(bad), "brn");
		assertNothingStoredFor(bad);
	}

	@Test
	void aSecondRegistrationOfTheSameNumberIs409EvenWrittenWithDashes() {
		String brn = newBrn();
		register(nexgen(brn));
		Map<String, Object> again = nexgen(brn);
		again.put("brn", dashed(brn));
		again.put("name", "다른 이름");
		this.http.post()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(again)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("company-already-registered");
		assertThat(count("SELECT count(*) FROM company WHERE brn = ? AND name = '㈜넥스젠파워'", brn)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ?", brn)).isEqualTo(1);
	}

	@Test
	void ofTwentyConcurrentRegistrationsOfOneNumberExactlyOneSucceeds() {
		String brn = newBrn();
		WebClient client = WebClient.create("http://localhost:" + this.port);
		List<Integer> statuses = Flux.range(0, 20)
			.flatMap(
					i -> client.post()
						.uri("/api/companies")
						.header(HttpHeaders.AUTHORIZATION, OPERATOR)
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(nexgen(brn))
						.exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())),
					20)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(statuses).hasSize(20);
		assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
		assertThat(statuses.stream().filter(s -> s == 409)).hasSize(19);
		assertThat(count("SELECT count(*) FROM company WHERE brn = ?", brn)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM company_demand WHERE brn = ?", brn)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ?", brn)).isEqualTo(1);
	}

	@Test
	void anUnknownRegionIsRefusedNamingRegion() {
		String brn = newBrn();
		Map<String, Object> body = nexgen(brn);
		body.put("region", "ATLANTIS");
		expectRefusal(body, "region");
		assertNothingStoredFor(brn);
	}

	@Test
	void unknownIndustriesCertificationsAndInstrumentsAreRefusedNamingWhereTheyAre() {
		String brn = newBrn();
		Map<String, Object> industry = nexgen(brn);
		industry.put("industries", List.of("AI", "TEXTILES"));
		expectRefusal(industry, "industries[1]");

		Map<String, Object> certification = nexgen(brn);
		certification.put("certifications", List.of("ISO9001"));
		expectRefusal(certification, "certifications[0]");

		Map<String, Object> instrument = nexgen(brn);
		instrument.put("demands", List.of(demand(1_000_000L, "운영자금", List.of("GRANT", "CRYPTO"))));
		expectRefusal(instrument, "demands[0].instruments[1]");

		Map<String, Object> stage = nexgen(brn);
		stage.put("stage", "UNICORN");
		expectRefusal(stage, "stage");
		assertNothingStoredFor(brn);
	}

	@Test
	void aNegativeDemandAmountIsRefusedNamingIt() {
		String brn = newBrn();
		Map<String, Object> body = nexgen(brn);
		body.put("demands", List.of(demand(-3_000_000_000L, "전력반도체 생산설비 증설", List.of("LOAN_GUARANTEE"))));
		expectRefusal(body, "demands[0].amount");
		assertNothingStoredFor(brn);
	}

	@Test
	void negativeEmployeesOrRevenueAndFractionalWonAreRefusedNamingTheField() {
		String brn = newBrn();
		Map<String, Object> employees = nexgen(brn);
		employees.put("employees", -1);
		expectRefusal(employees, "employees");

		Map<String, Object> revenue = nexgen(brn);
		revenue.put("annualRevenue", -10);
		expectRefusal(revenue, "annualRevenue");

		Map<String, Object> fractional = nexgen(brn);
		fractional.put("demands", List.of(demand(1, "x", List.of())));
		String json = new String(JSON.writeValueAsBytes(fractional), StandardCharsets.UTF_8).replace("\"amount\":1",
				"\"amount\":1.5");
		expectRefusal(json, "demands[0].amount");
		assertNothingStoredFor(brn);
	}

	@Test
	void aMissingFieldIsRefusedNamingIt() {
		String brn = newBrn();
		for (String field : List.of("name", "region", "industries", "stage", "employees", "annualRevenue",
				"foundedOn")) {
			Map<String, Object> body = nexgen(brn);
			body.remove(field);
			expectRefusal(body, field);
		}
		Map<String, Object> withoutBrn = nexgen(brn);
		withoutBrn.remove("brn");
		expectRefusal(withoutBrn, "brn");
		assertNothingStoredFor(brn);
	}

	@Test
	void aFoundingDateInTheFutureATooLongNameAndAnUnknownFieldAreRefused() {
		String brn = newBrn();
		Map<String, Object> future = nexgen(brn);
		future.put("foundedOn", "2999-01-01");
		expectRefusal(future, "foundedOn");

		Map<String, Object> longName = nexgen(brn);
		longName.put("name", "가".repeat(201));
		expectRefusal(longName, "name");

		Map<String, Object> unknown = nexgen(brn);
		unknown.put("revision", 7);
		expectRefusal(unknown, "revision");
		assertNothingStoredFor(brn);
	}

	@Test
	void malformedJsonIsRefusedWithProblemDetails() {
		this.http.post()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"brn\": \"1248100998\", \"name\": ")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.code")
			.isEqualTo("invalid-input");
	}

	@Test
	void aMinistryAndAWorkingGroupMayNotRegisterAndNoTokenIs401() {
		for (String token : List.of(MINISTRY, TestJwt.bearer(TestJwt.token("wg", "WORKING_GROUP", "INCHEON")))) {
			this.http.post()
				.uri("/api/companies")
				.header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(nexgen(newBrn()))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.http.get().uri("/api/companies").exchange().expectStatus().isUnauthorized();
		this.http.get()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("ops", "OPS")))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void readingAnUnknownNumberIs404AndAMalformedOne400() {
		this.http.get()
			.uri("/api/companies/{brn}", newBrn())
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/api/companies/{brn}", "12-3456")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("brn");
	}

	@Test
	void anUpdateReplacesTheProfileBumpsTheRevisionAndAnnouncesCompanyUpdated() {
		String brn = newBrn();
		register(nexgen(brn));
		Map<String, Object> grown = nexgen(brn);
		grown.remove("brn");
		grown.put("stage", "EXPANSION");
		grown.put("employees", 95);
		grown.put("annualRevenue", 12_000_000_000L);
		grown.put("region", "GYEONGBUK");
		grown.put("demands", List.of(demand(5_000_000_000L, "포항 2공장", List.of("LOW_RATE_LOAN"))));

		try (EventRecorder companies = new EventRecorder(Topics.COMPANIES)) {
			this.http.put()
				.uri("/api/companies/{brn}", dashed(brn))
				.header(HttpHeaders.AUTHORIZATION, OPERATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(grown)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.revision")
				.isEqualTo(2)
				.jsonPath("$.stage")
				.isEqualTo("EXPANSION");

			ConsumerRecord<String, byte[]> record = companies.await(
					r -> r.key().equals(brn) && "company.company.updated".equals(EventRecorder.header(r, "ce_type")),
					Duration.ofSeconds(30));
			assertSameFieldsAsGolden(record.value(), EventType.COMPANY_UPDATED);
			CompanyUpdated event = EventCodec.fromJson(record.value(), CompanyUpdated.class);
			assertThat(event.revision()).isEqualTo(2);
			assertThat(event.stage()).isEqualTo("EXPANSION");
			assertThat(event.employees()).isEqualTo(95);
			assertThat(event.annualRevenue()).isEqualTo(12_000_000_000L);
			assertThat(event.region()).isEqualTo("GYEONGBUK");
			assertThat(event.demands())
				.containsExactly(new CompanyDemand(5_000_000_000L, "포항 2공장", List.of("LOW_RATE_LOAN")));
		}

		this.http.get()
			.uri("/api/companies/{brn}", brn)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(2)
			.jsonPath("$.region")
			.isEqualTo("GYEONGBUK")
			.jsonPath("$.demands.length()")
			.isEqualTo(1)
			.jsonPath("$.demands[0].purpose")
			.isEqualTo("포항 2공장")
			.jsonPath("$.certifications[0]")
			.isEqualTo("INNOBIZ");

		// The same profile again changes nothing: no new revision, no new event.
		grown.put("brn", brn);
		this.http.put()
			.uri("/api/companies/{brn}", brn)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(grown)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revision")
			.isEqualTo(2);
		assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ?", brn)).isEqualTo(2);
	}

	@Test
	void anUpdateCannotChangeTheNumberOrReachAnUnknownCompanyAndARefusedOneChangesNothing() {
		String brn = newBrn();
		register(nexgen(brn));
		this.http.put()
			.uri("/api/companies/{brn}", brn)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(nexgen(newBrn()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("brn");

		Map<String, Object> unknownRegion = nexgen(brn);
		unknownRegion.put("region", "ATLANTIS");
		unknownRegion.put("name", "바뀌면 안 되는 이름");
		this.http.put()
			.uri("/api/companies/{brn}", brn)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(unknownRegion)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("region");

		String unknown = newBrn();
		Map<String, Object> body = nexgen(unknown);
		this.http.put()
			.uri("/api/companies/{brn}", unknown)
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.http.put()
			.uri("/api/companies/{brn}", brn)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(nexgen(brn))
			.exchange()
			.expectStatus()
			.isForbidden();

		assertThat(count("SELECT count(*) FROM company WHERE brn = ? AND revision = 1 AND name = '㈜넥스젠파워'", brn))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ?", brn)).isEqualTo(1);
		assertNothingStoredFor(unknown);
	}

	@Test
	void findsCompaniesByRegionAndIndustry() {
		String hydrogenInJeju = newBrn();
		register(company(hydrogenInJeju, "제주수소", "JEJU", List.of("HYDROGEN", "ENERGY_EFFICIENCY"), "STARTUP"));
		String bioInJeju = newBrn();
		register(company(bioInJeju, "제주바이오", "JEJU", List.of("BIO"), "GROWTH"));
		String hydrogenInUlsan = newBrn();
		register(company(hydrogenInUlsan, "울산수소", "ULSAN", List.of("HYDROGEN"), "LEAP"));

		this.http.get()
			.uri("/api/companies?region=JEJU&industry=HYDROGEN")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].brn")
			.isEqualTo(hydrogenInJeju)
			.jsonPath("$.content[0].industries[1]")
			.isEqualTo("ENERGY_EFFICIENCY");

		this.http.get()
			.uri("/api/companies?region=JEJU")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(2)
			.jsonPath("$.content[0].name")
			.isEqualTo("제주바이오")
			.jsonPath("$.content[1].name")
			.isEqualTo("제주수소");

		this.http.get()
			.uri("/api/companies?region=JEJU&stage=GROWTH")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].brn")
			.isEqualTo(bioInJeju);

		this.http.get()
			.uri("/api/companies?industry=TEXTILES")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("industry");
	}

	@Test
	void findsCompaniesByCertification() {
		String token = "Cq" + ThreadLocalRandom.current().nextInt(1_000_000);
		Map<String, Object> social = company(newBrn(), token + " 사회적협동", "DAEJEON", List.of("AI"), "STARTUP");
		social.put("certifications", List.of("SOCIAL_ENTERPRISE", "WOMEN_OWNED"));
		register(social);
		register(company(newBrn(), token + " 일반", "DAEJEON", List.of("AI"), "STARTUP"));

		this.http.get()
			.uri("/api/companies?certification=WOMEN_OWNED&q={q}", token)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].name")
			.isEqualTo(token + " 사회적협동");
	}

	@Test
	void theNameQueryMatchesAnyPartIgnoringCaseAndTakesWildcardsLiterally() {
		String token = "Zq" + ThreadLocalRandom.current().nextInt(1_000_000);
		register(company(newBrn(), "Alpha " + token + " Robotics", "SEJONG", List.of("HUMANOID_ROBOTICS"), "GROWTH"));
		register(company(newBrn(), token.toUpperCase() + "_바이오", "SEJONG", List.of("BIO"), "GROWTH"));
		register(company(newBrn(), "베타 " + token + "%", "SEJONG", List.of("BIO"), "GROWTH"));

		assertThat(names(token.toLowerCase(), null)).containsExactly("Alpha " + token + " Robotics",
				token.toUpperCase() + "_바이오", "베타 " + token + "%");
		assertThat(names(token + "_", null)).containsExactly(token.toUpperCase() + "_바이오");
		assertThat(names(token + "%", null)).containsExactly("베타 " + token + "%");
		assertThat(names(token + " robot", null)).containsExactly("Alpha " + token + " Robotics");
		assertThat(names("바이오", "SEJONG")).contains(token.toUpperCase() + "_바이오");
	}

	@Test
	void pagesAreStableSortedByNameThenNumberAndTheSizeIsCapped() {
		String token = "Pg" + ThreadLocalRandom.current().nextInt(1_000_000);
		List<String> brns = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String brn = newBrn();
			brns.add(brn);
			// Three companies share a name: the number breaks the tie.
			String name = (i < 3) ? token + " 동명상사" : token + " 가나다 " + i;
			register(company(brn, name, "GANGWON", List.of("AI"), "STARTUP"));
		}
		List<String> expected = new ArrayList<>();
		expected.add(brns.get(3));
		expected.add(brns.get(4));
		brns.subList(0, 3).stream().sorted().forEach(expected::add);

		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Map<?, ?> body = this.http.get()
				.uri("/api/companies?q={q}&size=2&page={page}", token, page)
				.header(HttpHeaders.AUTHORIZATION, MINISTRY)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(body.get("totalElements")).isEqualTo(5);
			assertThat(body.get("totalPages")).isEqualTo(3);
			assertThat(body.get("size")).isEqualTo(2);
			((List<?>) body.get("content")).forEach(c -> seen.add((String) ((Map<?, ?>) c).get("brn")));
		}
		assertThat(seen).containsExactlyElementsOf(expected);

		this.http.get()
			.uri("/api/companies?size=1000")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
		this.http.get()
			.uri("/api/companies?size=200")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void aWorkingGroupSeesOnlyItsOwnRegionsCompanies() {
		String token = "Wg" + ThreadLocalRandom.current().nextInt(1_000_000);
		String pohang = newBrn();
		register(company(pohang, token + " 포항소재", "GYEONGBUK", List.of("SECONDARY_BATTERY"), "GROWTH"));
		String gimpo = newBrn();
		register(company(gimpo, token + " 김포로봇", "GYEONGGI", List.of("HUMANOID_ROBOTICS"), "STARTUP"));
		String gyeongbukGroup = TestJwt.bearer(TestJwt.token("wg-gb", "WORKING_GROUP", "GYEONGBUK"));

		this.http.get()
			.uri("/api/companies?q={q}", token)
			.header(HttpHeaders.AUTHORIZATION, gyeongbukGroup)
			.exchange()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(1)
			.jsonPath("$.content[0].brn")
			.isEqualTo(pohang);
		this.http.get()
			.uri("/api/companies?q={q}&region=GYEONGGI", token)
			.header(HttpHeaders.AUTHORIZATION, gyeongbukGroup)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(0);
		this.http.get()
			.uri("/api/companies/{brn}", pohang)
			.header(HttpHeaders.AUTHORIZATION, gyeongbukGroup)
			.exchange()
			.expectStatus()
			.isOk();
		this.http.get()
			.uri("/api/companies/{brn}", gimpo)
			.header(HttpHeaders.AUTHORIZATION, gyeongbukGroup)
			.exchange()
			.expectStatus()
			.isNotFound();

		String csv = csv("/api/companies?format=csv&columns=brn&q=" + token, gyeongbukGroup);
		assertThat(csv).isEqualTo("brn\r\n" + pohang + "\r\n");
	}

	@Test
	void exportsEveryMatchingCompanyAsExcelReadyCsv() {
		String token = "Xp" + ThreadLocalRandom.current().nextInt(1_000_000);
		String quoted = newBrn();
		Map<String, Object> awkward = company(quoted, token + " \"한빛\", 주식회사", "GWANGJU",
				List.of("AI", "AI_SEMICONDUCTOR"), "LEAP");
		awkward.put("certifications", List.of("VENTURE", "INNOBIZ"));
		register(awkward);
		// More rows than the largest page, to show the export is not one page.
		WebClient client = WebClient.create("http://localhost:" + this.port);
		Flux.range(0, 205)
			.flatMap(i -> client.post()
				.uri("/api/companies")
				.header(HttpHeaders.AUTHORIZATION, OPERATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(
						company(newBrn(), token + String.format(" 광주기업 %03d", i), "GWANGJU", List.of("AI"), "STARTUP"))
				.retrieve()
				.toBodilessEntity(), 4)
			.blockLast(Duration.ofSeconds(120));

		byte[] bytes = this.http.get()
			.uri("/api/companies?format=csv&q={q}&columns=brn,name,industries,certifications,stage", token)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(new MediaType("text", "csv"))
			.expectHeader()
			.valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"?companies.csv\"?")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();

		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(1 + 206);
		assertThat(lines[0]).isEqualTo("brn,name,industries,certifications,stage");
		assertThat(lines[1])
			.isEqualTo(quoted + ",\"" + token + " \"\"한빛\"\", 주식회사\",AI;AI_SEMICONDUCTOR,VENTURE;INNOBIZ,LEAP");
		assertThat(lines[2]).endsWith("," + token + " 광주기업 000,AI,,STARTUP");
		assertThat(lines[206]).endsWith("," + token + " 광주기업 204,AI,,STARTUP");

		// A browser's Accept (anything, HTML first) still gets the JSON page.
		this.http.get()
			.uri("/api/companies?q={q}", token)
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.totalElements")
			.isEqualTo(206);

		String byAccept = csv("/api/companies?q=" + token + "&columns=name&industry=AI_SEMICONDUCTOR", MINISTRY);
		assertThat(byAccept).isEqualTo("name\r\n\"" + token + " \"\"한빛\"\", 주식회사\"\r\n");
	}

	@Test
	void anExportWithAnUnknownColumnOrCriterionIsRefusedWithProblemDetails() {
		this.http.get()
			.uri("/api/companies?format=csv&columns=brn,password")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("columns");
		this.http.get()
			.uri("/api/companies?region=ATLANTIS")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.accept(new MediaType("text", "csv"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("region");
		this.http.get()
			.uri("/api/companies?format=xml")
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("format");
	}

	@Test
	void publishesItsApiDocumentHealthAndRegistryMetrics() {
		register(nexgen(newBrn()));
		this.http.get()
			.uri("/v3/api-docs/company")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/companies'].post")
			.exists()
			.jsonPath("$.paths['/api/companies/{brn}'].put")
			.exists();
		this.http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		String metrics = this.http.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, TestJwt.bearer(TestJwt.token("ops-1", "OPS")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics)
			.contains("fundflow_companies_registered_total{application=\"company-service\",region=\"INCHEON\"}")
			.contains("fundflow_companies_updated_total")
			.contains("fundflow_outbox_backlog_events");
	}

	private String csv(String uri, String token) {
		byte[] bytes = this.http.get()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, token)
			.accept(new MediaType("text", "csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
	}

	private List<String> names(String q, String region) {
		Map<?, ?> body = this.http.get()
			.uri(uri -> uri.path("/api/companies")
				.queryParam("q", "{q}")
				.queryParamIfPresent("region", java.util.Optional.ofNullable(region))
				.build(q))
			.header(HttpHeaders.AUTHORIZATION, MINISTRY)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return ((List<?>) body.get("content")).stream().map(c -> (String) ((Map<?, ?>) c).get("name")).toList();
	}

	private void register(Map<String, Object> body) {
		this.http.post()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private void expectRefusal(Object body, String field) {
		this.http.post()
			.uri("/api/companies")
			.header(HttpHeaders.AUTHORIZATION, OPERATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	/**
	 * No company row and no outbox row: nothing stored and so nothing will be published.
	 */
	private static void assertNothingStoredFor(String brn) {
		assertThat(count("SELECT count(*) FROM company WHERE brn = ?", brn)).isZero();
		assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ?", brn)).isZero();
	}

	private static void assertSameFieldsAsGolden(byte[] published, EventType type) {
		Map<?, ?> actual = JSON.readValue(published, Map.class);
		Map<?, ?> golden = JSON.readValue(GoldenEvents.json(type), Map.class);
		assertThat(actual.keySet()).isEqualTo(golden.keySet());
		Map<?, ?> actualDemand = (Map<?, ?>) ((List<?>) actual.get("demands")).get(0);
		Map<?, ?> goldenDemand = (Map<?, ?>) ((List<?>) golden.get("demands")).get(0);
		assertThat(actualDemand.keySet()).isEqualTo(goldenDemand.keySet());
	}

	private static long count(String sql, String brn) {
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, brn);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The golden company (㈜넥스젠파워) under another number. */
	private static Map<String, Object> nexgen(String brn) {
		Map<String, Object> body = company(brn, "㈜넥스젠파워", "INCHEON", List.of("POWER_SEMICONDUCTOR"), "GROWTH");
		body.put("employees", 85);
		body.put("annualRevenue", 10_000_000_000L);
		body.put("foundedOn", "2019-03-01");
		body.put("certifications", List.of("INNOBIZ", "TECH_INNOVATION"));
		body.put("demands",
				List.of(demand(3_000_000_000L, "전력반도체 생산설비 증설", List.of("LOAN_GUARANTEE", "INTEREST_SUBSIDY"))));
		return body;
	}

	private static Map<String, Object> company(String brn, String name, String region, List<String> industries,
			String stage) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("brn", brn);
		body.put("name", name);
		body.put("region", region);
		body.put("industries", industries);
		body.put("stage", stage);
		body.put("employees", 10);
		body.put("annualRevenue", 1_000_000_000L);
		body.put("foundedOn", "2020-01-15");
		body.put("certifications", List.of());
		body.put("demands", List.of());
		return body;
	}

	private static Map<String, Object> demand(long amount, String purpose, List<String> instruments) {
		Map<String, Object> demand = new HashMap<>();
		demand.put("amount", amount);
		demand.put("purpose", purpose);
		demand.put("instruments", instruments);
		return demand;
	}

	/**
	 * A random number with a correct check digit (computed here independently of main
	 * code).
	 */
	private static String newBrn() {
		int[] weights = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };
		StringBuilder digits = new StringBuilder();
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = ThreadLocalRandom.current().nextInt(10);
			digits.append(digit);
			sum += digit * weights[i];
		}
		sum += (digits.charAt(8) - '0') * 5 / 10;
		return digits.append((10 - sum % 10) % 10).toString();
	}

	private static String dashed(String brn) {
		return brn.substring(0, 3) + "-" + brn.substring(3, 5) + "-" + brn.substring(5);
	}

}
