package kr.fundflow.matching.match.web;

import org.junit.jupiter.api.Test;

import kr.fundflow.matching.match.domain.MatchStatus;
import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QueryParametersTests {

	@Test
	void aStatusIsOneOfTheMatchStatuses() {
		assertThat(QueryParameters.status("BUDGET_REJECTED")).isEqualTo(MatchStatus.BUDGET_REJECTED);
		assertThat(QueryParameters.status(null)).isNull();
		assertThat(QueryParameters.status(" ")).isNull();
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> QueryParameters.status("proposed"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("status"));
	}

	@Test
	void aBrnIsTenDigitsWithOrWithoutDashes() {
		assertThat(QueryParameters.brn("124-81-00998")).isEqualTo("1248100998");
		assertThat(QueryParameters.brn("1248100998")).isEqualTo("1248100998");
		assertThat(QueryParameters.brn(null)).isNull();
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> QueryParameters.brn("12481009981"))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("brn"));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> QueryParameters.brn("12a8100998"));
	}

	@Test
	void aBlankRegionIsNoFilter() {
		assertThat(QueryParameters.region("")).isNull();
		assertThat(QueryParameters.region(" JEJU ")).isEqualTo("JEJU");
	}

}
