package kr.fundflow.fund.flow.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Amounts as people read them: 조/억/만 in Korean ({@code 1조 2,000억}, {@code 3억},
 * {@code 5,000만 1원}), grouped digits in English ({@code KRW 300,000,000}). Exact: no unit
 * is rounded away.
 */
public final class Won {

	private static final long MAN = 10_000L;

	private static final long EOK = 100_000_000L;

	private static final long JO = 1_000_000_000_000L;

	private Won() {
	}

	public static String ko(long amount) {
		if (amount == 0) {
			return "0원";
		}
		if (amount < 0) {
			// Long.MIN_VALUE has no positive counterpart; amounts never come near it.
			return "-" + ko(Math.negateExact(amount));
		}
		List<String> parts = new ArrayList<>();
		add(parts, amount / JO, "조");
		add(parts, amount % JO / EOK, "억");
		add(parts, amount % EOK / MAN, "만");
		add(parts, amount % MAN, "원");
		return String.join(" ", parts);
	}

	public static String en(long amount) {
		return String.format(Locale.ROOT, "KRW %,d", amount);
	}

	private static void add(List<String> parts, long count, String unit) {
		if (count > 0) {
			parts.add(String.format(Locale.ROOT, "%,d", count) + unit);
		}
	}

}
