package kr.fundflow.fund.flow.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EarmarkProgressTests {

	private static final long JO = 1_000_000_000_000L;

	@Test
	void oneJoOfASixtyJoTargetIsOnePointSevenPercent() {
		assertThat(new EarmarkProgress(60 * JO, JO).percent()).isEqualByComparingTo("1.7");
		assertThat(new EarmarkProgress(60 * JO, JO).percent().scale()).isEqualTo(1);
	}

	@Test
	void percentsRoundHalfUpToOnePlace() {
		assertThat(new EarmarkProgress(1000, 5).percent()).isEqualTo(new BigDecimal("0.5"));
		assertThat(new EarmarkProgress(2000, 1).percent()).isEqualTo(new BigDecimal("0.1"));
		assertThat(new EarmarkProgress(2001, 1).percent()).isEqualTo(new BigDecimal("0.0"));
		assertThat(new EarmarkProgress(3, 2).percent()).isEqualTo(new BigDecimal("66.7"));
		assertThat(new EarmarkProgress(30 * JO, 30 * JO).percent()).isEqualTo(new BigDecimal("100.0"));
	}

	@Test
	void moneyBeyondTheTargetShowsMoreThanAHundredPercent() {
		assertThat(new EarmarkProgress(60 * JO, 90 * JO).percent()).isEqualTo(new BigDecimal("150.0"));
	}

	@Test
	void aTargetOfNothingShowsZeroPercent() {
		assertThat(new EarmarkProgress(0, 5 * JO).percent()).isEqualByComparingTo("0");
	}

	@Test
	void amountsNearTheLimitOfALongStayExact() {
		assertThat(new EarmarkProgress(Long.MAX_VALUE, Long.MAX_VALUE - 1).percent())
			.isEqualTo(new BigDecimal("100.0"));
		assertThat(new EarmarkProgress(150 * JO, 149_999_999_999_999L).percent()).isEqualTo(new BigDecimal("100.0"));
		assertThat(new EarmarkProgress(150 * JO, 149_925_000_000_000L).percent()).isEqualTo(new BigDecimal("100.0"));
		assertThat(new EarmarkProgress(150 * JO, 149_924_999_999_999L).percent()).isEqualTo(new BigDecimal("99.9"));
	}

}
