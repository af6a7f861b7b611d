package kr.fundflow.fund.flow.domain;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardParameterTests {

	@Test
	void stagesAndGroupingsAreReadByTheirLowerCaseNames() {
		assertThat(Stage.parse("measure", "committed")).isEqualTo(Stage.COMMITTED);
		assertThat(GroupBy.parse("groupBy", "capital")).isEqualTo(GroupBy.CAPITAL);
		assertThatThrownBy(() -> GroupBy.parse("groupBy", "brn")).isInstanceOf(InvalidInput.class)
			.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("groupBy"));
		assertThatThrownBy(() -> Stage.parse("measure", "COMMITTED")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void everyStageAndGroupingHasALowerCaseName() {
		for (Stage stage : Stage.values()) {
			assertThat(Stage.parse("measure", stage.key())).isEqualTo(stage);
		}
		for (GroupBy groupBy : GroupBy.values()) {
			assertThat(GroupBy.parse("groupBy", groupBy.key())).isEqualTo(groupBy);
		}
		assertThatThrownBy(() -> GroupBy.parse("groupBy", null)).isInstanceOf(InvalidInput.class);
	}

}
