package kr.fundflow.fund.flow.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsOfTests {

	@Test
	void theEndOfADayIsTheNextMidnightInKorea() {
		assertThat(AsOf.endOf(LocalDate.parse("2026-06-30"))).isEqualTo(Instant.parse("2026-06-30T15:00:00Z"));
	}

	@Test
	void aDayThatHasEndedCutsOffAtItsEnd() {
		AsOf asOf = AsOf.parse("asOf", "2026-06-30").orElseThrow();
		assertThat(asOf.cutoff(Instant.parse("2026-07-01T00:00:00Z"))).contains(Instant.parse("2026-06-30T15:00:00Z"));
	}

	@Test
	void aDayThatHasNotEndedShowsTheFiguresOfNow() {
		AsOf asOf = AsOf.parse("asOf", "2026-06-30").orElseThrow();
		assertThat(asOf.cutoff(Instant.parse("2026-06-30T14:59:59Z"))).isEmpty();
		assertThat(AsOf.parse("asOf", "2999-01-01").orElseThrow().cutoff(Instant.parse("2026-06-30T00:00:00Z")))
			.isEmpty();
	}

	@Test
	void noParameterMeansNow() {
		assertThat(AsOf.parse("asOf", null)).isEmpty();
		assertThat(AsOf.parse("asOf", "")).isEmpty();
	}

	@Test
	void anythingButADateIsRefusedNamingTheParameter() {
		for (String bad : new String[] { "2026-13-01", "2026-02-30", "30/06/2026", "2026-6-30", "+999999999-12-31",
				"yesterday" }) {
			assertThatThrownBy(() -> AsOf.parse("asOf", bad)).isInstanceOf(InvalidInput.class)
				.satisfies(ex -> assertThat(((InvalidInput) ex).field()).isEqualTo("asOf"));
		}
	}

}
