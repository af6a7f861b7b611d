package kr.fundflow.fund.reference;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.fund.FundApi;
import kr.fundflow.fund.FundServiceEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@DirtiesContext
class ReferenceDataApiIT {

	@DynamicPropertySource
	static void environment(DynamicPropertyRegistry registry) {
		FundServiceEnvironment.register(registry, "fund_reference");
	}

	@Autowired
	WebTestClient http;

	@Test
	void servesTheSeventeenRegionsWithTheCapitalAreaFlagged() {
		List<Map<String, Object>> regions = get("/api/reference/regions", FundApi.WORKING_GROUP);
		assertThat(regions).hasSize(17);
		assertThat(regions.get(0)).containsEntry("code", "SEOUL")
			.containsEntry("nameKo", "서울특별시")
			.containsEntry("nameEn", "Seoul")
			.containsEntry("capitalArea", true);
		assertThat(regions).filteredOn(region -> Boolean.TRUE.equals(region.get("capitalArea")))
			.extracting(region -> region.get("code"))
			.containsExactlyInAnyOrder("SEOUL", "INCHEON", "GYEONGGI");
		assertThat(regions).filteredOn(region -> "GYEONGBUK".equals(region.get("code")))
			.singleElement()
			.satisfies(
					region -> assertThat(region).containsEntry("nameKo", "경상북도").containsEntry("capitalArea", false));
	}

	@Test
	void servesIndustriesWithTheirAiFlag() {
		List<Map<String, Object>> industries = get("/api/reference/industries", FundApi.MINISTRY);
		assertThat(industries).extracting(industry -> industry.get("code"))
			.contains("AI", "AI_SEMICONDUCTOR", "SEMICONDUCTOR", "POWER_SEMICONDUCTOR", "SECONDARY_BATTERY", "BIO",
					"HYDROGEN", "HUMANOID_ROBOTICS", "AI_FACTORY", "SHIPBUILDING", "FUTURE_MOBILITY",
					"ENERGY_EFFICIENCY");
		assertThat(industries).filteredOn(industry -> "AI".equals(industry.get("code")))
			.singleElement()
			.satisfies(industry -> assertThat(industry).containsEntry("nameKo", "인공지능")
				.containsEntry("countsTowardAi", true)
				.containsKey("nameEn"));
		assertThat(industries).filteredOn(industry -> "HYDROGEN".equals(industry.get("code")))
			.singleElement()
			.satisfies(industry -> assertThat(industry).containsEntry("countsTowardAi", false));
	}

	@Test
	void servesTheSevenInstrumentsInOrder() {
		List<Map<String, Object>> instruments = get("/api/reference/instruments", FundApi.OPERATOR);
		assertThat(instruments).extracting(instrument -> instrument.get("code"))
			.containsExactly("DIRECT_INVESTMENT", "INDIRECT_INVESTMENT", "INFRA_INVESTMENT_LOAN", "LOW_RATE_LOAN",
					"LOAN_GUARANTEE", "INTEREST_SUBSIDY", "GRANT");
		assertThat(instruments.get(4)).containsEntry("nameKo", "보증");
	}

	@Test
	void needsAToken() {
		this.http.get().uri("/api/reference/regions").exchange().expectStatus().isUnauthorized();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> get(String path, String token) {
		return this.http.get()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

}
