package kr.fundflow.fund.ledger.messaging;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.fund.ledger.application.LedgerEvents;
import kr.fundflow.fund.ledger.domain.ApprovedMatch;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.CommitmentRefusal;
import kr.fundflow.fund.ledger.domain.Disbursement;
import kr.fundflow.platform.outbox.OutboxWriter;

@Component
class OutboxLedgerEvents implements LedgerEvents {

	private final OutboxWriter outbox;

	OutboxLedgerEvents(OutboxWriter outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> commitmentAccepted(Commitment commitment, long allocationCommitted) {
		return this.outbox.append(toAccepted(commitment, allocationCommitted), commitment.committedAt()).then();
	}

	@Override
	public Mono<Void> commitmentRejected(ApprovedMatch match, UUID fundId, CommitmentRefusal refusal, Instant at) {
		return this.outbox.append(toRejected(match, fundId, refusal, at), at).then();
	}

	@Override
	public Mono<Void> fundsDisbursed(Disbursement disbursement, Commitment commitment) {
		return this.outbox.append(toDisbursed(disbursement, commitment), disbursement.disbursedAt()).then();
	}

	static CommitmentAccepted toAccepted(Commitment commitment, long allocationCommitted) {
		return new CommitmentAccepted(commitment.id(), commitment.allocationId(), commitment.fundId(),
				commitment.matchId(), commitment.brn(), commitment.amount(), allocationCommitted,
				commitment.committedAt());
	}

	static CommitmentRejected toRejected(ApprovedMatch match, UUID fundId, CommitmentRefusal refusal, Instant at) {
		return new CommitmentRejected(match.allocationId(), fundId, match.matchId(), match.brn(), match.amount(),
				refusal.remaining(), refusal.reason().description(), at);
	}

	static FundsDisbursed toDisbursed(Disbursement disbursement, Commitment commitment) {
		return new FundsDisbursed(disbursement.id(), disbursement.allocationId(), commitment.fundId(),
				disbursement.matchId(), disbursement.brn(), disbursement.amount(), commitment.disbursed(),
				commitment.amount(), disbursement.disbursedAt());
	}

}
