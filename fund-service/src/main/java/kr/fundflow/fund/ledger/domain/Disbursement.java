package kr.fundflow.fund.ledger.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import kr.fundflow.platform.errors.InvalidInput;

/** Money actually paid out on a commitment: an append-only ledger entry. */
public record Disbursement(UUID id, UUID allocationId, UUID commitmentId, UUID matchId, String brn, long amount,
		String note, Instant disbursedAt, String recordedBy) {

	static final int MAX_NOTE = 500;

	public Disbursement {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(commitmentId, "commitmentId");
		if (amount <= 0) {
			throw new InvalidInput("amount", "amount must be a positive number of won");
		}
		if (note != null && (note.length() > MAX_NOTE || note.indexOf('\u0000') >= 0)) {
			throw new InvalidInput("note", "note must be at most " + MAX_NOTE + " characters of text");
		}
	}

	/**
	 * A payment on {@code commitment}, refused when it would pay out more than committed.
	 */
	public static Disbursement on(Commitment commitment, UUID id, long amount, String note, Instant at,
			String recordedBy) {
		commitment.requireDisbursable(amount);
		return new Disbursement(id, commitment.allocationId(), commitment.id(), commitment.matchId(), commitment.brn(),
				amount, note, at, recordedBy);
	}

}
