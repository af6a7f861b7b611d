package kr.fundflow.fund.allocation.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrowthStageAndStatusTests {

	@Test
	void readsTheFourGrowthStages() {
		assertThat(GrowthStage.parse("stages", "STARTUP")).isEqualTo(GrowthStage.STARTUP);
		assertThat(GrowthStage.parse("stages", "LEAP")).isEqualTo(GrowthStage.LEAP);
	}

	@Test
	void refusesAnUnknownStageNamingTheField() {
		for (String code : new String[] { "startup", "SEED", "", null }) {
			assertThatThrownBy(() -> GrowthStage.parse("stages", code)).isInstanceOf(InvalidInput.class)
				.extracting(ex -> ((InvalidInput) ex).field())
				.isEqualTo("stages");
		}
	}

	@Test
	void refusesAnUnknownStatus() {
		assertThat(AllocationStatus.parse("status", "CLOSED")).isEqualTo(AllocationStatus.CLOSED);
		assertThatThrownBy(() -> AllocationStatus.parse("status", "DONE")).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("status");
	}

	@Test
	void aCapRefusalSaysHowMuchIsLeft() {
		FundCapacity capacity = new FundCapacity(UUID.randomUUID(), 1_000, 900, 10);
		assertThat(capacity.remaining()).isEqualTo(100);
		RuleViolation refusal = capacity.capExceeded(101);
		assertThat(refusal.code()).isEqualTo("fund-cap-exceeded");
		assertThat(refusal.getMessage()).contains("has 100 won of its cap left").contains("101 won more");
	}

}
