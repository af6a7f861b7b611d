package kr.fundflow.fund.ledger.application;

import java.time.Clock;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.Disbursement;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.errors.RuleViolation;

/**
 * Records money paid out on a committed match and announces FundsDisbursed. The
 * commitment's disbursed total moves with a conditional update, so concurrent payments
 * never exceed the commitment; CHECKs on the commitment and the allocation stand behind
 * it.
 */
@Service
public class RecordDisbursement {

	private final LedgerStore ledger;

	private final LedgerEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public RecordDisbursement(LedgerStore ledger, LedgerEvents events, TransactionalOperator transactions,
			Clock clock) {
		this.ledger = ledger;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<RecordedDisbursement> record(UUID allocationId, UUID matchId, long amount, String note,
			String recordedBy) {
		return this.ledger.budgetLine(allocationId)
			.switchIfEmpty(Mono.error(() -> new NotFound("Allocation", allocationId)))
			.then(this.ledger.findCommitmentByMatch(matchId))
			.filter(commitment -> commitment.allocationId().equals(allocationId))
			.switchIfEmpty(Mono.error(() -> new RuleViolation("match-not-committed",
					"Match " + matchId + " has no commitment on allocation " + allocationId)))
			.flatMap(commitment -> pay(commitment,
					Disbursement.on(commitment, UUID.randomUUID(), amount, note, this.clock.instant(), recordedBy)))
			.as(this.transactions::transactional);
	}

	private Mono<RecordedDisbursement> pay(Commitment commitment, Disbursement disbursement) {
		return this.ledger.addToCommitmentDisbursed(commitment.id(), disbursement.amount())
			// Another payment got in between the read and this update: check again on
			// fresh figures.
			.switchIfEmpty(Mono.defer(() -> this.ledger.findCommitmentByMatch(commitment.matchId()).flatMap(fresh -> {
				fresh.requireDisbursable(disbursement.amount());
				return Mono.error(new RuleViolation("disbursement-conflict",
						"Another payment on match " + fresh.matchId() + " was recorded meanwhile; try again"));
			})))
			.flatMap(newTotal -> {
				Commitment after = commitment.withDisbursed(newTotal);
				return this.ledger.addToAllocationDisbursed(commitment.allocationId(), disbursement.amount())
					.then(this.ledger.insertDisbursement(disbursement))
					.then(this.events.fundsDisbursed(disbursement, after))
					.thenReturn(new RecordedDisbursement(disbursement, after));
			});
	}

}
