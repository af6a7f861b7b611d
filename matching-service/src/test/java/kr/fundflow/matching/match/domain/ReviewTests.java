package kr.fundflow.matching.match.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReviewTests {

	private static final Instant AT = Instant.parse("2026-02-10T04:59:00Z");

	@Test
	void aRejectionWithoutAReasonIsRefusedNamingTheField() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Review(Decision.REJECT, null, "wg-1", AT))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Review(Decision.REJECT, " \t", "wg-1", AT));
	}

	@Test
	void approvalsAndRequestsForInformationMayGoWithoutAReason() {
		assertThat(new Review(Decision.APPROVE, null, "wg-1", AT).reason()).isNull();
		assertThat(new Review(Decision.REQUEST_INFO, "", "wg-1", AT).reason()).isNull();
	}

	@Test
	void aReasonIsKeptWithoutSurroundingBlanks() {
		assertThat(new Review(Decision.REJECT, "  담보 부족 \n", "wg-1", AT).reason()).isEqualTo("담보 부족");
	}

	@Test
	void aReasonHasALengthLimit() {
		String longest = "가".repeat(Review.MAX_REASON_LENGTH);

		assertThat(new Review(Decision.REJECT, longest, "wg-1", AT).reason()).hasSize(Review.MAX_REASON_LENGTH);
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> new Review(Decision.REJECT, longest + "가", "wg-1", AT))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("reason"));
	}

	@Test
	void aReviewNeedsADecision() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new Review(null, "이유", "wg-1", AT))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("decision"));
	}

}
