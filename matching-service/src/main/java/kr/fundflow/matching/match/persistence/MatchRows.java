package kr.fundflow.matching.match.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;

import kr.fundflow.matching.match.domain.Match;
import kr.fundflow.matching.match.domain.MatchStatus;

/** The {@code match} table's columns and how a row becomes a {@link Match}. */
final class MatchRows {

	static final String COLUMNS = "id, allocation_id, fund_id, brn, company_name, region, industry, instrument, stage, "
			+ "amount, score, reasons, status, review_threshold, review_round, approvers, committed_amount, disbursed, "
			+ "budget_rejection_reason, budget_remaining, withdrawal_reason, proposed_at, updated_at";

	/** Statuses of matches that hold their (allocation, company) pair. */
	static final String HOLDS_PAIR = "status NOT IN ('WITHDRAWN', 'BUDGET_REJECTED')";

	private MatchRows() {
	}

	static Match toMatch(Readable row) {
		return new Match(row.get("id", UUID.class), row.get("allocation_id", UUID.class),
				row.get("fund_id", UUID.class), row.get("brn", String.class), row.get("company_name", String.class),
				row.get("region", String.class), row.get("industry", String.class), row.get("instrument", String.class),
				row.get("stage", String.class), row.get("amount", Long.class), row.get("score", Integer.class),
				JsonColumns.reasons(row.get("reasons", Json.class)), row.get("review_threshold", Long.class),
				MatchStatus.valueOf(row.get("status", String.class)), row.get("review_round", Integer.class),
				Arrays.asList(row.get("approvers", String[].class)), row.get("committed_amount", Long.class),
				row.get("disbursed", Long.class), row.get("budget_rejection_reason", String.class),
				row.get("budget_remaining", Long.class), row.get("withdrawal_reason", String.class),
				instant(row, "proposed_at"), instant(row, "updated_at"));
	}

	static Instant instant(Readable row, String column) {
		OffsetDateTime value = row.get(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
