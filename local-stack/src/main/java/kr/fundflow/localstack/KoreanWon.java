package kr.fundflow.localstack;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats exact won amounts the way Korean reports do: 60조, 2,200억, 6조 6,000억. */
public final class KoreanWon {

	private static final long JO = 1_000_000_000_000L;

	private static final long EOK = 100_000_000L;

	private static final long MAN = 10_000L;

	private KoreanWon() {
	}

	public static String format(long won) {
		if (won == 0) {
			return "0원";
		}
		if (won < 0) {
			return "-" + format(-won);
		}
		NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.ROOT);
		grouping.setGroupingUsed(true);
		StringBuilder text = new StringBuilder();
		long rest = won;
		long[] units = { JO, EOK, MAN };
		String[] names = { "조", "억", "만" };
		for (int i = 0; i < units.length; i++) {
			long count = rest / units[i];
			if (count > 0) {
				text.append(text.isEmpty() ? "" : " ").append(grouping.format(count)).append(names[i]);
				rest %= units[i];
			}
		}
		if (rest > 0) {
			text.append(text.isEmpty() ? "" : " ").append(grouping.format(rest)).append("원");
		}
		return text.toString();
	}

}
