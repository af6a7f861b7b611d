package kr.fundflow.matching.match.domain;

import java.time.Instant;
import java.util.Objects;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * One member's review of a match, kept as given. A rejection must say why.
 *
 * @param reason why; null when none was given
 * @param reviewer the member (the token's subject)
 */
public record Review(Decision decision, String reason, String reviewer, Instant at) {

	public static final int MAX_REASON_LENGTH = 2000;

	public Review {
		if (decision == null) {
			throw new InvalidInput("decision", "decision must be APPROVE, REJECT or REQUEST_INFO");
		}
		reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (decision == Decision.REJECT && reason == null) {
			throw new InvalidInput("reason", "A rejection needs a reason");
		}
		if (reason != null && reason.length() > MAX_REASON_LENGTH) {
			throw new InvalidInput("reason", "reason must be at most " + MAX_REASON_LENGTH + " characters");
		}
		if (reviewer == null || reviewer.isBlank()) {
			throw new IllegalArgumentException("A review needs its reviewer");
		}
		Objects.requireNonNull(at, "at");
	}

}
