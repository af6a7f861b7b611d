package kr.fundflow.fund.allocation.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AllocationPlanTests {

	private static final long FIVE_HUNDRED_BILLION = 500_000_000_000L;

	@Test
	void aPohangGuaranteeLineIsAValidPlanAndKeepsTheOrderOfItsLists() {
		AllocationPlan plan = pohang().build();
		assertThat(plan.regions()).containsExactly("GYEONGBUK", "DAEGU");
		assertThat(plan.industries()).containsExactly("HYDROGEN", "AI");
		assertThat(plan.terms()).isEqualTo(InstrumentTerms.guarantee(100, 30));
		assertThat(plan.amount()).isEqualTo(FIVE_HUNDRED_BILLION);
	}

	@Test
	void missingTermsMeanNoTerms() {
		AllocationPlan plan = pohang().instrument("DIRECT_INVESTMENT").terms(null).build();
		assertThat(plan.terms()).isEqualTo(InstrumentTerms.NONE);
	}

	@Test
	void refusesABlankOrOverlongChannel() {
		assertRefused(pohang().channel(" "), "channel");
		assertRefused(pohang().channel(null), "channel");
		assertRefused(pohang().channel("가".repeat(201)), "channel");
	}

	@Test
	void refusesControlCharactersInNames() {
		assertRefused(pohang().channel("iM\u0000뱅크"), "channel");
		assertRefused(pohang().title("포항\n지역특화"), "title");
	}

	@Test
	void refusesABlankTitleButAcceptsNone() {
		assertRefused(pohang().title(""), "title");
		assertThat(pohang().title(null).build().title()).isNull();
	}

	@Test
	void needsAtLeastOneRegionIndustryAndStage() {
		assertRefused(pohang().regions(List.of()), "regions");
		assertRefused(pohang().regions(null), "regions");
		assertRefused(pohang().industries(List.of()), "industries");
		assertRefused(pohang().stages(List.of()), "stages");
	}

	@Test
	void refusesACodeNamedTwiceOrANullCode() {
		assertRefused(pohang().regions(List.of("GYEONGBUK", "GYEONGBUK")), "regions");
		assertRefused(pohang().industries(Arrays.asList("AI", null)), "industries");
		assertRefused(pohang().stages(List.of(GrowthStage.GROWTH, GrowthStage.GROWTH)), "stages");
	}

	@Test
	void needsAnInstrument() {
		assertRefused(pohang().instrument(null), "instrument");
	}

	@Test
	void refusesTermsThatDoNotFitTheInstrument() {
		assertRefused(pohang().terms(InstrumentTerms.subsidy(200, 12)), "terms.coverageRatioPct");
	}

	@Test
	void needsAPositiveAmount() {
		assertRefused(pohang().amount(0).minTicket(null).maxTicket(null), "amount");
		assertRefused(pohang().amount(-1).minTicket(null).maxTicket(null), "amount");
	}

	@Test
	void refusesNegativeTickets() {
		assertRefused(pohang().minTicket(-1L), "minTicket");
		assertRefused(pohang().maxTicket(-1L), "maxTicket");
	}

	@Test
	void refusesAMinimumTicketAboveTheMaximum() {
		assertRefused(pohang().minTicket(5_000_000_001L).maxTicket(5_000_000_000L), "maxTicket");
	}

	@Test
	void refusesTicketsAboveTheAmount() {
		assertRefused(pohang().amount(1_000).minTicket(null).maxTicket(1_001L), "maxTicket");
		assertRefused(pohang().amount(1_000).minTicket(1_001L).maxTicket(null), "minTicket");
	}

	@Test
	void acceptsATicketRangeEqualToTheAmount() {
		AllocationPlan plan = pohang().amount(1_000).minTicket(1_000L).maxTicket(1_000L).build();
		assertThat(plan.maxTicket()).isEqualTo(1_000L);
	}

	@Test
	void refusesANonPositiveEmployeeLimit() {
		assertRefused(pohang().maxEmployees(0), "maxEmployees");
	}

	private static void assertRefused(Builder builder, String field) {
		assertThatThrownBy(builder::build).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo(field);
	}

	static Builder pohang() {
		return new Builder();
	}

	/** A valid plan (포항 iM금융 guarantee line) to vary one field at a time. */
	static final class Builder {

		private String title = "포항 iM금융 원스톱 지역특화금융";

		private String channel = "iM뱅크";

		private List<String> regions = List.of("GYEONGBUK", "DAEGU");

		private List<String> industries = List.of("HYDROGEN", "AI");

		private String instrument = "LOAN_GUARANTEE";

		private InstrumentTerms terms = InstrumentTerms.guarantee(100, 30);

		private List<GrowthStage> stages = new ArrayList<>(List.of(GrowthStage.values()));

		private Integer maxEmployees = 300;

		private Long minTicket = 100_000_000L;

		private Long maxTicket = 5_000_000_000L;

		private long amount = FIVE_HUNDRED_BILLION;

		Builder title(String value) {
			this.title = value;
			return this;
		}

		Builder channel(String value) {
			this.channel = value;
			return this;
		}

		Builder regions(List<String> value) {
			this.regions = value;
			return this;
		}

		Builder industries(List<String> value) {
			this.industries = value;
			return this;
		}

		Builder instrument(String value) {
			this.instrument = value;
			return this;
		}

		Builder terms(InstrumentTerms value) {
			this.terms = value;
			return this;
		}

		Builder stages(List<GrowthStage> value) {
			this.stages = value;
			return this;
		}

		Builder maxEmployees(Integer value) {
			this.maxEmployees = value;
			return this;
		}

		Builder minTicket(Long value) {
			this.minTicket = value;
			return this;
		}

		Builder maxTicket(Long value) {
			this.maxTicket = value;
			return this;
		}

		Builder amount(long value) {
			this.amount = value;
			return this;
		}

		AllocationPlan build() {
			return new AllocationPlan(this.title, this.channel, this.regions, this.industries, this.instrument,
					this.terms, this.stages, this.maxEmployees, this.minTicket, this.maxTicket, this.amount);
		}

	}

}
