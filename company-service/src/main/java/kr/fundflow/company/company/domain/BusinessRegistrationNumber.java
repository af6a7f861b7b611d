package kr.fundflow.company.company.domain;

import java.util.regex.Pattern;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * A 사업자등록번호: ten digits whose last is a check digit over the first nine. Accepted as
 * {@code 1248100998} or {@code 124-81-00998}; always kept as the ten digits.
 */
public record BusinessRegistrationNumber(String digits) {

	private static final Pattern PLAIN = Pattern.compile("[0-9]{10}");

	private static final Pattern DASHED = Pattern.compile("[0-9]{3}-[0-9]{2}-[0-9]{5}");

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	public BusinessRegistrationNumber {
		if (digits == null || !PLAIN.matcher(digits).matches()) {
			throw new InvalidInput("brn", "brn must be 10 digits, optionally written as 123-45-67890");
		}
		int expected = checkDigit(digits);
		if (digits.charAt(9) - '0' != expected) {
			throw new InvalidInput("brn", "brn " + digits + " fails its check digit");
		}
	}

	/** Reads a number as a client writes it: with or without the two dashes. */
	public static BusinessRegistrationNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("brn", "brn is required");
		}
		String trimmed = text.strip();
		if (DASHED.matcher(trimmed).matches()) {
			return new BusinessRegistrationNumber(trimmed.replace("-", ""));
		}
		return new BusinessRegistrationNumber(trimmed);
	}

	/**
	 * The check digit of a number whose first nine digits are given: the weighted sum
	 * (1,3,7,1,3,7,1,3,5), plus the tens of five times the ninth digit, taken from the
	 * next multiple of ten.
	 */
	static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		sum += (digits.charAt(8) - '0') * 5 / 10;
		return (10 - sum % 10) % 10;
	}

	/** The usual written form, {@code 124-81-00998}. */
	public String dashed() {
		return this.digits.substring(0, 3) + "-" + this.digits.substring(3, 5) + "-" + this.digits.substring(5);
	}

	@Override
	public String toString() {
		return this.digits;
	}

}
