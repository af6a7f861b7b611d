package kr.fundflow.drills.api;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid 사업자등록번호 (check digit as company-service computes it), unique within a run: nine
 * digits from a per-run base and a counter, then the check digit.
 */
public final class BusinessNumbers {

	private static final int[] WEIGHTS = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };

	private final long base;

	private final AtomicLong next = new AtomicLong();

	/**
	 * @param runBase 0–99: runs with different bases never share numbers
	 */
	public BusinessNumbers(int runBase) {
		this.base = 100_000_000L + (runBase % 100) * 1_000_000L;
	}

	public String next() {
		return withCheckDigit(String.valueOf(this.base + this.next.incrementAndGet()));
	}

	public static String withCheckDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
		}
		sum += (5 * (nineDigits.charAt(8) - '0')) / 10;
		int check = (10 - sum % 10) % 10;
		return nineDigits + check;
	}

}
