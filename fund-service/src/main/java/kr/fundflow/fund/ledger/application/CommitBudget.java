package kr.fundflow.fund.ledger.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import kr.fundflow.fund.ledger.domain.ApprovedMatch;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.platform.errors.NotFound;

/**
 * Reserves budget for an approved match and announces CommitmentAccepted, or
 * CommitmentRejected with the reason when the allocation cannot cover it.
 * <p>
 * The reservation is one conditional update ({@code committed + amount <= amount AND
 * status = 'OPEN'}), so any number of concurrent approvals, on any number of instances,
 * never commit more than the allocation holds; a CHECK stands behind it. At most one
 * commitment exists per match (a unique key), so an approval sent again, even under a new
 * event id, commits once.
 */
@Service
public class CommitBudget {

	private static final Log log = LogFactory.getLog(CommitBudget.class);

	private final LedgerStore ledger;

	private final LedgerEvents events;

	private final TransactionalOperator transactions;

	private final Clock clock;

	public CommitBudget(LedgerStore ledger, LedgerEvents events, TransactionalOperator transactions, Clock clock) {
		this.ledger = ledger;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Joins the caller's transaction (the inbox's, for an event) or opens one.
	 * @throws NotFound (as an error signal) for an allocation this service does not have:
	 * such an approval cannot be processed and goes to the dead-letter topic
	 */
	public Mono<CommitmentOutcome> commit(ApprovedMatch match) {
		return this.ledger.findCommitmentByMatch(match.matchId())
			.map(existing -> alreadyCommitted(existing, match))
			.switchIfEmpty(Mono.defer(() -> reserve(match)))
			.as(this.transactions::transactional);
	}

	private Mono<CommitmentOutcome> reserve(ApprovedMatch match) {
		Instant now = this.clock.instant();
		return this.ledger.reserve(match.allocationId(), match.amount())
			.flatMap(reservation -> accept(match, reservation, now))
			.switchIfEmpty(Mono.defer(() -> reject(match, now)));
	}

	private Mono<CommitmentOutcome> accept(ApprovedMatch match, Reservation reservation, Instant now) {
		Commitment commitment = Commitment.of(UUID.randomUUID(), match, reservation.fundId(), now);
		return this.ledger.insertCommitment(commitment)
			.then(this.events.commitmentAccepted(commitment, reservation.allocationCommitted()))
			.thenReturn(new CommitmentOutcome.Accepted(commitment, reservation.allocationCommitted()));
	}

	private Mono<CommitmentOutcome> reject(ApprovedMatch match, Instant now) {
		return this.ledger.budgetLine(match.allocationId())
			.switchIfEmpty(Mono.error(() -> new NotFound("Allocation", match.allocationId())))
			.flatMap(line -> {
				CommitmentOutcome.Rejected rejected = new CommitmentOutcome.Rejected(line.refusalFor(match.amount()));
				return this.events.commitmentRejected(match, line.fundId(), rejected.refusal(), now)
					.thenReturn(rejected);
			});
	}

	private static CommitmentOutcome alreadyCommitted(Commitment existing, ApprovedMatch match) {
		if (!existing.allocationId().equals(match.allocationId()) || existing.amount() != match.amount()) {
			log.warn("Match " + match.matchId() + " approved again for " + match.amount() + " won on allocation "
					+ match.allocationId() + ", but it is committed for " + existing.amount() + " won on allocation "
					+ existing.allocationId() + "; the first commitment stands");
		}
		return new CommitmentOutcome.AlreadyCommitted(existing);
	}

}
