package kr.fundflow.localstack.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set must be accepted by the services: valid codes, check digits and sums.
 */
class DemoDataTests {

	static final Set<String> REGIONS = Set.of("SEOUL", "BUSAN", "DAEGU", "INCHEON", "GWANGJU", "DAEJEON", "ULSAN",
			"SEJONG", "GYEONGGI", "GANGWON", "CHUNGBUK", "CHUNGNAM", "JEONBUK", "JEONNAM", "GYEONGBUK", "GYEONGNAM",
			"JEJU");

	static final Set<String> INDUSTRIES = Set.of("AI", "AI_SEMICONDUCTOR", "SEMICONDUCTOR", "POWER_SEMICONDUCTOR",
			"SECONDARY_BATTERY", "BIO", "HYDROGEN", "HUMANOID_ROBOTICS", "AI_FACTORY", "SHIPBUILDING",
			"FUTURE_MOBILITY", "ENERGY_EFFICIENCY", "MEDIA_CONTENT", "LOGISTICS");

	static final Set<String> INSTRUMENTS = Set.of("DIRECT_INVESTMENT", "INDIRECT_INVESTMENT", "INFRA_INVESTMENT_LOAN",
			"LOW_RATE_LOAN", "LOAN_GUARANTEE", "INTEREST_SUBSIDY", "GRANT");

	static final Set<String> STAGES = Set.of("STARTUP", "GROWTH", "EXPANSION", "LEAP");

	static final Set<String> CERTIFICATIONS = Set.of("INNOBIZ", "MAINBIZ", "VENTURE", "TECH_INNOVATION",
			"REGULATION_FREE_ZONE", "WOMEN_OWNED", "SOCIAL_ENTERPRISE");

	private final JsonNode data = DemoDataLoader.readDemoData(JsonMapper.builder().build());

	@Test
	void theFundIsTheNationalGrowthFundWithItsEarmarks() {
		JsonNode fund = this.data.path("fund");
		assertThat(fund.path("name").asString()).isEqualTo("국민성장펀드");
		assertThat(fund.path("totalCap").asLong()).isEqualTo(150_000_000_000_000L);
		assertThat(fund.path("regionalMinimum").asLong()).isEqualTo(60_000_000_000_000L);
		assertThat(fund.path("aiMinimum").asLong()).isEqualTo(30_000_000_000_000L);
		assertThat(fund.path("periodStart").asString()).isEqualTo("2026-01-01");
		assertThat(fund.path("periodEnd").asString()).isEqualTo("2030-12-31");
	}

	@Test
	void allocationsUseKnownCodesExactWonAndStayWellBelowTheCap() {
		long total = 0;
		for (JsonNode allocation : this.data.path("allocations")) {
			String title = allocation.path("title").asString();
			assertThat(allocation.path("channel").asString()).as(title).isNotBlank();
			assertThat(strings(allocation.path("regions"))).as(title).isNotEmpty().isSubsetOf(REGIONS);
			assertThat(strings(allocation.path("industries"))).as(title).isNotEmpty().isSubsetOf(INDUSTRIES);
			assertThat(strings(allocation.path("stages"))).as(title).isNotEmpty().isSubsetOf(STAGES);
			assertThat(allocation.path("instrument").asString()).as(title).isIn(INSTRUMENTS);
			assertThat(allocation.path("amount").isIntegralNumber()).as(title).isTrue();
			assertThat(allocation.path("amount").asLong()).as(title).isPositive();
			if (allocation.has("minTicket") && allocation.has("maxTicket")) {
				assertThat(allocation.path("minTicket").asLong()).as(title)
					.isLessThanOrEqualTo(allocation.path("maxTicket").asLong());
			}
			total += allocation.path("amount").asLong();
		}
		assertThat(total).isLessThan(this.data.path("fund").path("totalCap").asLong() / 2);
	}

	@Test
	void termsAreThoseTheInstrumentNeedsAndNoOthers() {
		for (JsonNode allocation : this.data.path("allocations")) {
			Set<String> terms = new HashSet<>(allocation.path("terms").propertyNames());
			switch (allocation.path("instrument").asString()) {
				case "LOAN_GUARANTEE" ->
					assertThat(terms).containsExactlyInAnyOrder("coverageRatioPct", "feeDiscountBp");
				case "INTEREST_SUBSIDY" -> assertThat(terms).containsExactlyInAnyOrder("subsidyRateBp", "termMonths");
				default -> assertThat(terms).as(allocation.path("title").asString()).isEmpty();
			}
		}
	}

	@Test
	void guaranteeAndSubsidyTermsAreThoseOfTheArticles() {
		JsonNode jumpUp = allocation("기술혁신기업 Jump-Up 협약보증");
		assertThat(jumpUp.path("channel").asString()).isEqualTo("기술보증기금");
		assertThat(jumpUp.path("instrument").asString()).isEqualTo("LOAN_GUARANTEE");
		assertThat(jumpUp.path("terms").path("coverageRatioPct").asInt()).isEqualTo(100);
		assertThat(jumpUp.path("terms").path("feeDiscountBp").asInt()).isEqualTo(30);
		JsonNode subsidy = allocation("기술혁신기업 Jump-Up 이자차액보전");
		assertThat(subsidy.path("instrument").asString()).isEqualTo("INTEREST_SUBSIDY");
		assertThat(subsidy.path("terms").path("subsidyRateBp").asInt()).isEqualTo(200);
		assertThat(subsidy.path("terms").path("termMonths").asInt()).isEqualTo(12);
	}

	@Test
	void theIMFinancialGroupServesPohangInEveryStage() {
		Set<String> stages = new HashSet<>();
		Set<String> instruments = new HashSet<>();
		for (JsonNode allocation : this.data.path("allocations")) {
			if (allocation.path("channel").asString().startsWith("iM")) {
				assertThat(strings(allocation.path("regions"))).containsExactly("GYEONGBUK");
				stages.addAll(strings(allocation.path("stages")));
				instruments.add(allocation.path("instrument").asString());
			}
		}
		assertThat(stages).containsExactlyInAnyOrderElementsOf(STAGES);
		assertThat(instruments).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void companiesHaveValidRegistrationNumbersAndKnownCodes() {
		Set<String> brns = new HashSet<>();
		for (JsonNode company : this.data.path("companies")) {
			String name = company.path("name").asString();
			String brn = company.path("brn").asString();
			assertThat(BusinessRegistrationNumber.isValid(brn)).as(name + " " + brn).isTrue();
			assertThat(brns.add(brn)).as("duplicate brn " + brn).isTrue();
			assertThat(company.path("region").asString()).as(name).isIn(REGIONS);
			assertThat(strings(company.path("industries"))).as(name).isNotEmpty().isSubsetOf(INDUSTRIES);
			assertThat(company.path("stage").asString()).as(name).isIn(STAGES);
			assertThat(strings(company.path("certifications"))).as(name).isSubsetOf(CERTIFICATIONS);
			assertThat(company.path("annualRevenue").isIntegralNumber()).as(name).isTrue();
			for (JsonNode demand : company.path("demands")) {
				assertThat(demand.path("amount").isIntegralNumber()).as(name).isTrue();
				assertThat(demand.path("amount").asLong()).as(name).isPositive();
				assertThat(strings(demand.path("instruments"))).as(name).isNotEmpty().isSubsetOf(INSTRUMENTS);
			}
		}
	}

	@Test
	void theMaxAllianceDemandsAddUpToTheAnnouncedSectorTotals() {
		long humanoids = demandOf("두산로보틱스") + demandOf("레인보우로보틱스") + demandOf("현대자동차");
		long aiSemiconductors = demandOf("퓨리오사AI");
		long aiFactories = demandOf("에코프로비엠") + demandOf("HD한국조선해양") + demandOf("CJ대한통운");
		assertThat(humanoids).isEqualTo(6_600_000_000_000L);
		assertThat(aiSemiconductors).isEqualTo(1_500_000_000_000L);
		assertThat(aiFactories).isEqualTo(1_300_000_000_000L);
	}

	@Test
	void nexgenPowerIsAsTheIncheonArticleDescribesIt() {
		JsonNode company = company("넥스젠파워");
		assertThat(company.path("region").asString()).isEqualTo("INCHEON");
		assertThat(strings(company.path("industries"))).containsExactly("POWER_SEMICONDUCTOR");
		assertThat(company.path("foundedOn").asString()).startsWith("2019-");
		assertThat(company.path("annualRevenue").asLong()).isEqualTo(10_000_000_000L);
		assertThat(strings(company.path("certifications"))).contains("INNOBIZ", "TECH_INNOVATION");
	}

	private JsonNode allocation(String title) {
		for (JsonNode allocation : this.data.path("allocations")) {
			if (allocation.path("title").asString().equals(title)) {
				return allocation;
			}
		}
		throw new AssertionError("no allocation " + title);
	}

	private JsonNode company(String name) {
		for (JsonNode company : this.data.path("companies")) {
			if (company.path("name").asString().equals(name)) {
				return company;
			}
		}
		throw new AssertionError("no company " + name);
	}

	private long demandOf(String name) {
		long total = 0;
		for (JsonNode demand : company(name).path("demands")) {
			total += demand.path("amount").asLong();
		}
		return total;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

}
