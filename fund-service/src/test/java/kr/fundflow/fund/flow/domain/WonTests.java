package kr.fundflow.fund.flow.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WonTests {

	@Test
	void koreanAmountsUseJoEokAndManWithoutRoundingAnythingAway() {
		assertThat(Won.ko(300_000_000L)).isEqualTo("3억");
		assertThat(Won.ko(60_000_000_000_000L)).isEqualTo("60조");
		assertThat(Won.ko(1_220_000_000_000L)).isEqualTo("1조 2,200억");
		assertThat(Won.ko(50_000_000L)).isEqualTo("5,000만");
		assertThat(Won.ko(123_456_789_012L)).isEqualTo("1,234억 5,678만 9,012원");
		assertThat(Won.ko(0)).isEqualTo("0원");
		assertThat(Won.ko(-300_000_000L)).isEqualTo("-3억");
	}

	@Test
	void englishAmountsAreGroupedWon() {
		assertThat(Won.en(300_000_000L)).isEqualTo("KRW 300,000,000");
	}

}
