package kr.fundflow.company.company.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessRegistrationNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "1248100998", "2208162517", "1234567891", "3982597915", "0000000000" })
	void acceptsNumbersWhoseLastDigitIsTheCheckDigit(String digits) {
		assertThat(BusinessRegistrationNumber.parse(digits).digits()).isEqualTo(digits);
	}

	@Test
	void computesTheCheckDigitIncludingTheTensOfFiveTimesTheNinthDigit() {
		// 1·1+2·3+4·7+8·1+1·3+0·7+0·1+9·3+9·5 = 118, plus ⌊45/10⌋ = 4: 122, so 10 - 2 =
		// 8.
		// Without the ⌊5·d9/10⌋ term the digit would be 2.
		assertThat(BusinessRegistrationNumber.checkDigit("124810099")).isEqualTo(8);
	}

	@Test
	void aSumEndingInZeroGivesCheckDigitZero() {
		// 1·1+2·3+3·7+4·1+5·3+6·7+7·1+8·3+9·5 = 165, plus ⌊45/10⌋ = 4: 169 → 1.
		assertThat(BusinessRegistrationNumber.checkDigit("123456789")).isEqualTo(1);
		// 0000000000: sum 0, (10 - 0) mod 10 = 0.
		assertThat(BusinessRegistrationNumber.checkDigit("000000000")).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1248100990", "1248100991", "1248100997", "1248100999", "1234567890" })
	void refusesAWrongCheckDigitNamingBrn(String digits) {
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(digits)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("check digit")
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("brn");
	}

	@Test
	void acceptsTheDashedFormAndKeepsTenDigits() {
		BusinessRegistrationNumber brn = BusinessRegistrationNumber.parse("124-81-00998");
		assertThat(brn.digits()).isEqualTo("1248100998");
		assertThat(brn).isEqualTo(BusinessRegistrationNumber.parse("1248100998"));
		assertThat(brn.dashed()).isEqualTo("124-81-00998");
	}

	@Test
	void toleratesSurroundingBlanks() {
		assertThat(BusinessRegistrationNumber.parse(" 124-81-00998 ").digits()).isEqualTo("1248100998");
	}

	@ParameterizedTest
	@ValueSource(strings = { "124810099", "12481009980", "12-481-00998", "124-8100998", "124 81 00998", "12481OO998",
			"１２４８１００９９８", "124--81-0998", "-124810099", "abcdefghij" })
	void refusesAnythingButTenDigitsOrTheThreeTwoFiveDashedForm(String text) {
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(text)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("10 digits")
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("brn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void refusesABlankNumber(String text) {
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(text)).isInstanceOf(InvalidInput.class)
			.hasMessage("brn is required");
	}

	@Test
	void refusesAMissingNumber() {
		assertThatThrownBy(() -> BusinessRegistrationNumber.parse(null)).isInstanceOf(InvalidInput.class)
			.hasMessage("brn is required");
	}

}
