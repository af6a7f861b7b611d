package kr.fundflow.fund.flow.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far an earmark is reached: committed money that counts toward it against the fund's
 * minimum. The percent is exact decimal arithmetic rounded half up to one place (1조 of
 * 60조 is 1.7); a target of 0 shows 0.
 */
public record EarmarkProgress(long target, long amount) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public BigDecimal percent() {
		if (this.target == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(this.amount)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(this.target), 1, RoundingMode.HALF_UP);
	}

}
