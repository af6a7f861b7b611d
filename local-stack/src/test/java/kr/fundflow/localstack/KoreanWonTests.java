package kr.fundflow.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KoreanWonTests {

	@Test
	void usesTheLargestUnitsLikeKoreanReports() {
		assertThat(KoreanWon.format(150_000_000_000_000L)).isEqualTo("150조");
		assertThat(KoreanWon.format(220_000_000_000L)).isEqualTo("2,200억");
		assertThat(KoreanWon.format(6_600_000_000_000L)).isEqualTo("6조 6,000억");
		assertThat(KoreanWon.format(500_000_000L)).isEqualTo("5억");
		assertThat(KoreanWon.format(60_000_000L)).isEqualTo("6,000만");
		assertThat(KoreanWon.format(1_234L)).isEqualTo("1,234원");
		assertThat(KoreanWon.format(0)).isEqualTo("0원");
	}

}
