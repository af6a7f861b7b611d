package kr.fundflow.drills.api;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessNumbersTests {

	@Test
	void theCheckDigitIsCompanyServicesOne() {
		// the example of company-service's canvas
		assertThat(BusinessNumbers.withCheckDigit("124810099")).isEqualTo("1248100998");
	}

	@Test
	void numbersAreTenDigitsAndUniqueWithinARunAndAcrossRunBases() {
		BusinessNumbers first = new BusinessNumbers(7);
		BusinessNumbers second = new BusinessNumbers(8);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 5_000; i++) {
			assertThat(seen.add(first.next())).isTrue();
			assertThat(seen.add(second.next())).isTrue();
		}
		assertThat(seen).allMatch(number -> number.matches("[0-9]{10}"));
	}

}
