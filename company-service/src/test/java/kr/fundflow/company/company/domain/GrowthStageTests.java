package kr.fundflow.company.company.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrowthStageTests {

	@Test
	void readsTheFourStagesOfSpecSection2() {
		assertThat(GrowthStage.parse("STARTUP", "stage")).isEqualTo(GrowthStage.STARTUP);
		assertThat(GrowthStage.parse("GROWTH", "stage")).isEqualTo(GrowthStage.GROWTH);
		assertThat(GrowthStage.parse("EXPANSION", "stage")).isEqualTo(GrowthStage.EXPANSION);
		assertThat(GrowthStage.parse("LEAP", "stage")).isEqualTo(GrowthStage.LEAP);
	}

	@ParameterizedTest
	@ValueSource(strings = { "growth", "SCALEUP", "", "창업" })
	void refusesAnythingElseNamingTheField(String code) {
		assertThatThrownBy(() -> GrowthStage.parse(code, "stage")).isInstanceOf(InvalidInput.class)
			.hasMessage("stage must be one of STARTUP, GROWTH, EXPANSION, LEAP")
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("stage");
	}

	@Test
	void refusesAMissingStage() {
		assertThatThrownBy(() -> GrowthStage.parse(null, "stage")).isInstanceOf(InvalidInput.class);
	}

}
