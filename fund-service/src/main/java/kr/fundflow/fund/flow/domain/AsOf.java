package kr.fundflow.fund.flow.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * "As the figures stood at the end of that day in Korea": every entry that happened
 * before the next midnight in Asia/Seoul. A day that has not ended yet shows the figures
 * of now.
 */
public record AsOf(LocalDate day) {

	public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	/** Empty when the parameter is absent (the figures of now). */
	public static Optional<AsOf> parse(String field, String text) {
		if (text == null || text.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new AsOf(day(field, text)));
	}

	/** A {@code YYYY-MM-DD} parameter; anything else is a 400 naming the field. */
	public static LocalDate day(String field, String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text);
			}
		}
		catch (DateTimeParseException ex) {
			// answered below
		}
		throw new InvalidInput(field, field + " must be a date YYYY-MM-DD (was " + text + ")");
	}

	/** The first instant after the day, in Korea. */
	public static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(KOREA).toInstant();
	}

	/**
	 * Entries before this instant count; empty when the day has not ended at {@code now}
	 * (all entries count).
	 */
	public Optional<Instant> cutoff(Instant now) {
		Instant end = endOf(this.day);
		return end.isAfter(now) ? Optional.empty() : Optional.of(end);
	}

}
