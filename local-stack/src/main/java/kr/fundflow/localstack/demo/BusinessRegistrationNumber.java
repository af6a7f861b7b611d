package kr.fundflow.localstack.demo;

/**
 * 사업자등록번호: ten digits, the last a check digit over the first nine (weights
 * 1,3,7,1,3,7,1,3,5, plus the tens of five times the ninth digit).
 */
public final class BusinessRegistrationNumber {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	private BusinessRegistrationNumber() {
	}

	/**
	 * @param firstNine the first nine digits
	 */
	public static int checkDigit(String firstNine) {
		if (firstNine == null || !firstNine.matches("\\d{9}")) {
			throw new IllegalArgumentException("nine digits expected, not " + firstNine);
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += digit(firstNine, i) * WEIGHTS[i];
		}
		sum += (digit(firstNine, 8) * 5) / 10;
		return (10 - sum % 10) % 10;
	}

	/**
	 * @return the ten-digit number with its check digit appended
	 */
	public static String complete(String firstNine) {
		return firstNine + checkDigit(firstNine);
	}

	/** Ten digits (dashes allowed, as in 123-45-67890) with a correct check digit. */
	public static boolean isValid(String brn) {
		if (brn == null) {
			return false;
		}
		String digits = brn.replace("-", "");
		return digits.matches("\\d{10}") && checkDigit(digits.substring(0, 9)) == digit(digits, 9);
	}

	private static int digit(String text, int index) {
		return text.charAt(index) - '0';
	}

}
