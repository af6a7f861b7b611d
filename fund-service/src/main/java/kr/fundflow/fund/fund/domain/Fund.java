package kr.fundflow.fund.fund.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * A fund: a cap in whole won, a period and two earmarks (the regional minimum for
 * non-capital regions and the AI minimum). Matches at or above {@code reviewThreshold}
 * need two distinct approvers.
 */
public record Fund(UUID id, String name, long totalCap, LocalDate periodStart, LocalDate periodEnd,
		long regionalMinimum, long aiMinimum, long reviewThreshold, Instant createdAt, String createdBy) {

	/** SPEC §2: four eyes at or above 100억 unless the fund says otherwise. */
	public static final long DEFAULT_REVIEW_THRESHOLD = 10_000_000_000L;

	public Fund {
		Objects.requireNonNull(id, "id");
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new InvalidInput("name", "name must be 1 to 200 characters");
		}
		if (totalCap <= 0) {
			throw new InvalidInput("totalCap", "totalCap must be a positive number of won");
		}
		if (periodStart == null) {
			throw new InvalidInput("periodStart", "periodStart is required");
		}
		if (periodEnd == null || periodEnd.isBefore(periodStart)) {
			throw new InvalidInput("periodEnd", "periodEnd must be on or after periodStart");
		}
		requireEarmark("regionalMinimum", regionalMinimum, totalCap);
		requireEarmark("aiMinimum", aiMinimum, totalCap);
		if (reviewThreshold <= 0) {
			throw new InvalidInput("reviewThreshold", "reviewThreshold must be a positive number of won");
		}
	}

	private static void requireEarmark(String field, long earmark, long totalCap) {
		if (earmark < 0 || earmark > totalCap) {
			throw new InvalidInput(field, field + " must be between 0 and totalCap");
		}
	}

}
