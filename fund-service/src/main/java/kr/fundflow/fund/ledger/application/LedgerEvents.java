package kr.fundflow.fund.ledger.application;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import kr.fundflow.fund.ledger.domain.ApprovedMatch;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.CommitmentRefusal;
import kr.fundflow.fund.ledger.domain.Disbursement;

/**
 * What the budget ledger announces. The messaging adapter writes it to the outbox within
 * the caller's transaction, so an entry and its event commit together.
 */
public interface LedgerEvents {

	Mono<Void> commitmentAccepted(Commitment commitment, long allocationCommitted);

	Mono<Void> commitmentRejected(ApprovedMatch match, UUID fundId, CommitmentRefusal refusal, Instant at);

	/** {@code commitment} is as it stands after the payment. */
	Mono<Void> fundsDisbursed(Disbursement disbursement, Commitment commitment);

}
