package kr.fundflow.fund.ledger.application;

import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import kr.fundflow.fund.ledger.domain.BudgetLine;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.Disbursement;

/**
 * The budget ledger's storage: append-only entries and the running totals they keep on
 * the allocation, always changed together in the caller's transaction.
 */
public interface LedgerStore {

	/** The allocation's budget figures; empty for an unknown allocation. */
	Mono<BudgetLine> budgetLine(UUID allocationId);

	/**
	 * Adds {@code amount} to the allocation's committed total only if it is open and the
	 * total stays within its amount, atomically (a conditional update); empty otherwise.
	 */
	Mono<Reservation> reserve(UUID allocationId, long amount);

	Mono<Commitment> insertCommitment(Commitment commitment);

	Mono<Commitment> findCommitmentByMatch(UUID matchId);

	/**
	 * Adds {@code amount} to the commitment's disbursed total only if it stays within the
	 * commitment; emits the new total, or nothing when it would not.
	 */
	Mono<Long> addToCommitmentDisbursed(UUID commitmentId, long amount);

	/** Adds {@code amount} to the allocation's disbursed total. */
	Mono<Void> addToAllocationDisbursed(UUID allocationId, long amount);

	Mono<Disbursement> insertDisbursement(Disbursement disbursement);

	Mono<Disbursement> findDisbursement(UUID allocationId, UUID disbursementId);

	/** A page of the allocation's commitments, oldest first (a stable order). */
	Flux<Commitment> commitments(UUID allocationId, long offset, int limit);

	Mono<Long> countCommitments(UUID allocationId);

	/** A page of the allocation's disbursements, oldest first (a stable order). */
	Flux<Disbursement> disbursements(UUID allocationId, long offset, int limit);

	Mono<Long> countDisbursements(UUID allocationId);

}
