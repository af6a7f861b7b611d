package kr.fundflow.localstack.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessRegistrationNumberTests {

	@Test
	void computesTheCheckDigitWithTheNationalTaxServiceWeights() {
		// 1*1+2*3+4*7+8*1+1*3+0*7+3*1+7*3+5*5 = 95, + floor(5*5/10) = 97 -> (10 - 7) % 10
		// = 3
		assertThat(BusinessRegistrationNumber.checkDigit("124810375")).isEqualTo(3);
		assertThat(BusinessRegistrationNumber.complete("124810375")).isEqualTo("1248103753");
		// a sum ending in 0 gives check digit 0
		assertThat(BusinessRegistrationNumber.checkDigit("000000000")).isZero();
	}

	@Test
	void validatesTenDigitsWithOrWithoutDashes() {
		assertThat(BusinessRegistrationNumber.isValid("1248103753")).isTrue();
		assertThat(BusinessRegistrationNumber.isValid("124-81-03753")).isTrue();
		assertThat(BusinessRegistrationNumber.isValid("1248103754")).isFalse();
		assertThat(BusinessRegistrationNumber.isValid("124810375")).isFalse();
		assertThat(BusinessRegistrationNumber.isValid("12481037a3")).isFalse();
		assertThat(BusinessRegistrationNumber.isValid(null)).isFalse();
	}

	@Test
	void everyNinthDigitContributesItsTens() {
		for (int ninth = 0; ninth <= 9; ninth++) {
			String firstNine = "10000000" + ninth;
			int expected = (10 - (1 + ninth * 5 + (ninth * 5) / 10) % 10) % 10;
			assertThat(BusinessRegistrationNumber.checkDigit(firstNine)).as(firstNine).isEqualTo(expected);
		}
	}

	@Test
	void rejectsAnythingButNineDigits() {
		assertThatThrownBy(() -> BusinessRegistrationNumber.checkDigit("12345678"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> BusinessRegistrationNumber.checkDigit("12345678x"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
