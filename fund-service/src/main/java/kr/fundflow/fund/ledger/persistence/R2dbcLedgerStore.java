package kr.fundflow.fund.ledger.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;

import kr.fundflow.fund.ledger.application.LedgerStore;
import kr.fundflow.fund.ledger.application.Reservation;
import kr.fundflow.fund.ledger.domain.BudgetLine;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.Disbursement;

@Repository
class R2dbcLedgerStore implements LedgerStore {

	private static final String COMMITMENT_COLUMNS = "id, allocation_id, fund_id, match_id, brn, amount, disbursed, "
			+ "committed_at";

	private static final String DISBURSEMENT_COLUMNS = "id, allocation_id, commitment_id, match_id, brn, amount, "
			+ "note, disbursed_at, recorded_by";

	private final DatabaseClient db;

	R2dbcLedgerStore(DatabaseClient db) {
		this.db = db;
	}

	@Override
	public Mono<BudgetLine> budgetLine(UUID allocationId) {
		return this.db.sql("SELECT id, fund_id, amount, committed, disbursed, status FROM allocation WHERE id = :id")
			.bind("id", allocationId)
			.map(row -> new BudgetLine(row.get("id", UUID.class), row.get("fund_id", UUID.class),
					row.get("amount", Long.class), row.get("committed", Long.class), row.get("disbursed", Long.class),
					"OPEN".equals(row.get("status", String.class))))
			.one();
	}

	@Override
	public Mono<Reservation> reserve(UUID allocationId, long amount) {
		// Decided under the row lock on the latest committed figures; the CHECK
		// (committed <= amount) stands behind it. "committed + amount <= amount"
		// rearranged so that no amount overflows bigint.
		return this.db.sql("UPDATE allocation SET committed = committed + :amount "
				+ "WHERE id = :id AND status = 'OPEN' AND :amount <= amount - committed RETURNING fund_id, committed")
			.bind("amount", amount)
			.bind("id", allocationId)
			.map(row -> new Reservation(row.get("fund_id", UUID.class), row.get("committed", Long.class)))
			.one();
	}

	@Override
	public Mono<Commitment> insertCommitment(Commitment commitment) {
		return this.db
			.sql("INSERT INTO commitment (" + COMMITMENT_COLUMNS + ") VALUES (:id, :allocationId, :fundId, "
					+ ":matchId, :brn, :amount, :disbursed, :committedAt)")
			.bind("id", commitment.id())
			.bind("allocationId", commitment.allocationId())
			.bind("fundId", commitment.fundId())
			.bind("matchId", commitment.matchId())
			.bind("brn", commitment.brn())
			.bind("amount", commitment.amount())
			.bind("disbursed", commitment.disbursed())
			.bind("committedAt", commitment.committedAt().atOffset(ZoneOffset.UTC))
			.fetch()
			.rowsUpdated()
			.thenReturn(commitment);
	}

	@Override
	public Mono<Commitment> findCommitmentByMatch(UUID matchId) {
		return this.db.sql("SELECT " + COMMITMENT_COLUMNS + " FROM commitment WHERE match_id = :matchId")
			.bind("matchId", matchId)
			.map(R2dbcLedgerStore::toCommitment)
			.one();
	}

	@Override
	public Mono<Long> addToCommitmentDisbursed(UUID commitmentId, long amount) {
		return this.db
			.sql("UPDATE commitment SET disbursed = disbursed + :amount "
					+ "WHERE id = :id AND :amount <= amount - disbursed RETURNING disbursed")
			.bind("amount", amount)
			.bind("id", commitmentId)
			.map(row -> row.get("disbursed", Long.class))
			.one();
	}

	@Override
	public Mono<Void> addToAllocationDisbursed(UUID allocationId, long amount) {
		return this.db.sql("UPDATE allocation SET disbursed = disbursed + :amount WHERE id = :id")
			.bind("amount", amount)
			.bind("id", allocationId)
			.fetch()
			.rowsUpdated()
			.then();
	}

	@Override
	public Mono<Disbursement> insertDisbursement(Disbursement disbursement) {
		GenericExecuteSpec insert = this.db
			.sql("INSERT INTO disbursement (" + DISBURSEMENT_COLUMNS + ") VALUES (:id, :allocationId, :commitmentId, "
					+ ":matchId, :brn, :amount, :note, :disbursedAt, :recordedBy)")
			.bind("id", disbursement.id())
			.bind("allocationId", disbursement.allocationId())
			.bind("commitmentId", disbursement.commitmentId())
			.bind("matchId", disbursement.matchId())
			.bind("brn", disbursement.brn())
			.bind("amount", disbursement.amount())
			.bind("disbursedAt", disbursement.disbursedAt().atOffset(ZoneOffset.UTC))
			.bind("recordedBy", disbursement.recordedBy());
		insert = (disbursement.note() != null) ? insert.bind("note", disbursement.note())
				: insert.bindNull("note", String.class);
		return insert.fetch().rowsUpdated().thenReturn(disbursement);
	}

	@Override
	public Mono<Disbursement> findDisbursement(UUID allocationId, UUID disbursementId) {
		return this.db
			.sql("SELECT " + DISBURSEMENT_COLUMNS
					+ " FROM disbursement WHERE id = :id AND allocation_id = :allocationId")
			.bind("id", disbursementId)
			.bind("allocationId", allocationId)
			.map(R2dbcLedgerStore::toDisbursement)
			.one();
	}

	@Override
	public Flux<Commitment> commitments(UUID allocationId, long offset, int limit) {
		return this.db
			.sql("SELECT " + COMMITMENT_COLUMNS + " FROM commitment WHERE allocation_id = :allocationId "
					+ "ORDER BY committed_at, id LIMIT :limit OFFSET :offset")
			.bind("allocationId", allocationId)
			.bind("limit", limit)
			.bind("offset", offset)
			.map(R2dbcLedgerStore::toCommitment)
			.all();
	}

	@Override
	public Mono<Long> countCommitments(UUID allocationId) {
		return this.db.sql("SELECT count(*) FROM commitment WHERE allocation_id = :allocationId")
			.bind("allocationId", allocationId)
			.map(row -> row.get(0, Long.class))
			.one();
	}

	@Override
	public Flux<Disbursement> disbursements(UUID allocationId, long offset, int limit) {
		return this.db
			.sql("SELECT " + DISBURSEMENT_COLUMNS + " FROM disbursement WHERE allocation_id = :allocationId "
					+ "ORDER BY disbursed_at, id LIMIT :limit OFFSET :offset")
			.bind("allocationId", allocationId)
			.bind("limit", limit)
			.bind("offset", offset)
			.map(R2dbcLedgerStore::toDisbursement)
			.all();
	}

	@Override
	public Mono<Long> countDisbursements(UUID allocationId) {
		return this.db.sql("SELECT count(*) FROM disbursement WHERE allocation_id = :allocationId")
			.bind("allocationId", allocationId)
			.map(row -> row.get(0, Long.class))
			.one();
	}

	private static Commitment toCommitment(Readable row) {
		return new Commitment(row.get("id", UUID.class), row.get("allocation_id", UUID.class),
				row.get("fund_id", UUID.class), row.get("match_id", UUID.class), row.get("brn", String.class),
				row.get("amount", Long.class), row.get("disbursed", Long.class),
				row.get("committed_at", OffsetDateTime.class).toInstant());
	}

	private static Disbursement toDisbursement(Readable row) {
		return new Disbursement(row.get("id", UUID.class), row.get("allocation_id", UUID.class),
				row.get("commitment_id", UUID.class), row.get("match_id", UUID.class), row.get("brn", String.class),
				row.get("amount", Long.class), row.get("note", String.class),
				row.get("disbursed_at", OffsetDateTime.class).toInstant(), row.get("recorded_by", String.class));
	}

}
