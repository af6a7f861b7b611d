package kr.fundflow.matching.match.domain;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Writes won the way reviewers read them (조, 억, 만), exactly: {@code 300000000} is "3억",
 * {@code 350000000} is "3억 5,000만", {@code 12345} is "1만 2,345원".
 */
public final class Won {

	private static final long JO = 1_000_000_000_000L;

	private static final long EOK = 100_000_000L;

	private static final long MAN = 10_000L;

	private Won() {
	}

	public static String format(long won) {
		if (won == 0) {
			return "0원";
		}
		if (won < 0) {
			return "-" + format(-won);
		}
		NumberFormat grouped = NumberFormat.getIntegerInstance(Locale.ROOT);
		grouped.setGroupingUsed(true);
		StringBuilder text = new StringBuilder();
		append(text, won / JO, "조", grouped);
		append(text, won % JO / EOK, "억", grouped);
		append(text, won % EOK / MAN, "만", grouped);
		append(text, won % MAN, "원", grouped);
		return text.toString();
	}

	private static void append(StringBuilder text, long part, String unit, NumberFormat grouped) {
		if (part > 0) {
			text.append(text.isEmpty() ? "" : " ").append(grouped.format(part)).append(unit);
		}
	}

}
