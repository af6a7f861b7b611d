package kr.fundflow.drills;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DrillResultTests {

	@Test
	void theSummaryIsOneLineWithEveryCount() {
		assertThat(new DrillResult("kill-services", 324, 0, 0, 0, 0, List.of()).summary())
			.isEqualTo("drill=kill-services acknowledged=324 lost=0 duplicated=0 overspent=0 5xx=0 result=PASS");
	}

	@Test
	void anyLossDuplicateOverspendUnexpected5xxOrProblemFails() {
		assertThat(new DrillResult("d", 1, 1, 0, 0, 0, List.of()).passed()).isFalse();
		assertThat(new DrillResult("d", 1, 0, 1, 0, 0, List.of()).passed()).isFalse();
		assertThat(new DrillResult("d", 1, 0, 0, 1, 0, List.of()).passed()).isFalse();
		assertThat(new DrillResult("d", 1, 0, 0, 0, 1, List.of()).passed()).isFalse();
		assertThat(new DrillResult("d", 1, 0, 0, 0, 0, List.of("lag stayed at 3")).summary()).endsWith("result=FAIL");
	}

}
