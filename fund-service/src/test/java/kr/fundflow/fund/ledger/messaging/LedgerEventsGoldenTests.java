package kr.fundflow.fund.ledger.messaging;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.contracts.EventType;
import kr.fundflow.contracts.GoldenEvents;
import kr.fundflow.contracts.fund.CommitmentAccepted;
import kr.fundflow.contracts.fund.CommitmentRejected;
import kr.fundflow.contracts.fund.FundsDisbursed;
import kr.fundflow.contracts.matching.MatchReviewed;
import kr.fundflow.fund.GoldenShape;
import kr.fundflow.fund.ledger.domain.ApprovedMatch;
import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.CommitmentRefusal;
import kr.fundflow.fund.ledger.domain.Disbursement;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerEventsGoldenTests {

	private static final MatchReviewed REVIEWED = GoldenEvents.event(EventType.MATCH_REVIEWED, MatchReviewed.class);

	@Test
	void theGoldenApprovalMapsToAnApprovedMatch() {
		ApprovedMatch match = MatchReviewedHandler.approvedMatch(REVIEWED).orElseThrow();
		assertThat(match.matchId()).isEqualTo(UUID.fromString("c0ffee00-1234-4abc-8def-0123456789ab"));
		assertThat(match.allocationId()).isEqualTo(UUID.fromString("8b9e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4"));
		assertThat(match.fundId()).isEqualTo(UUID.fromString("3f1c2a7e-6a51-4c1e-9a0b-1f2d3c4b5a60"));
		assertThat(match.brn()).isEqualTo("5068212349");
		assertThat(match.amount()).isEqualTo(300_000_000L);
	}

	@Test
	void reviewsThatLeaveTheMatchShortOfApprovedReserveNothing() {
		for (String status : new String[] { "REJECTED", "INFO_REQUESTED", "PROPOSED", "PENDING_SECOND_APPROVAL" }) {
			MatchReviewed review = new MatchReviewed(REVIEWED.matchId(), REVIEWED.allocationId(), REVIEWED.fundId(),
					REVIEWED.brn(), REVIEWED.region(), REVIEWED.industry(), REVIEWED.instrument(), REVIEWED.stage(),
					REVIEWED.amount(), "APPROVE", status, REVIEWED.reviewer(), REVIEWED.reason(), 1,
					REVIEWED.reviewedAt());
			assertThat(MatchReviewedHandler.approvedMatch(review)).as(status).isEmpty();
		}
	}

	@Test
	void commitmentAcceptedIsTheGoldenEventFieldForField() {
		CommitmentAccepted golden = GoldenEvents.event(EventType.COMMITMENT_ACCEPTED, CommitmentAccepted.class);
		Commitment commitment = new Commitment(golden.commitmentId(), golden.allocationId(), golden.fundId(),
				golden.matchId(), golden.brn(), golden.amount(), 0, golden.acceptedAt());
		CommitmentAccepted produced = OutboxLedgerEvents.toAccepted(commitment, 300_000_000L);
		assertThat(produced).isEqualTo(golden);
		GoldenShape.assertSameShape(produced);
	}

	@Test
	void commitmentRejectedHasTheGoldenShapeAndReason() {
		CommitmentRejected golden = GoldenEvents.event(EventType.COMMITMENT_REJECTED, CommitmentRejected.class);
		ApprovedMatch match = new ApprovedMatch(golden.matchId(), golden.allocationId(), golden.fundId(), golden.brn(),
				golden.requestedAmount());
		CommitmentRejected produced = OutboxLedgerEvents.toRejected(match, golden.fundId(),
				new CommitmentRefusal(CommitmentRefusal.Reason.INSUFFICIENT_BUDGET, 200_000_000L), golden.rejectedAt());
		GoldenShape.assertSameShape(produced);
		assertThat(produced.remaining()).isEqualTo(golden.remaining());
		assertThat(produced.requestedAmount()).isEqualTo(golden.requestedAmount());
		assertThat(produced.reason()).startsWith(golden.reason());
	}

	@Test
	void fundsDisbursedIsTheGoldenEventFieldForField() {
		FundsDisbursed golden = GoldenEvents.event(EventType.FUNDS_DISBURSED, FundsDisbursed.class);
		Commitment commitment = new Commitment(UUID.randomUUID(), golden.allocationId(), golden.fundId(),
				golden.matchId(), golden.brn(), golden.matchCommitted(), 0, Instant.parse("2026-02-10T05:00:00Z"));
		Disbursement disbursement = new Disbursement(golden.disbursementId(), golden.allocationId(), commitment.id(),
				golden.matchId(), golden.brn(), golden.amount(), null, golden.disbursedAt(), "op-1");
		FundsDisbursed produced = OutboxLedgerEvents.toDisbursed(disbursement,
				commitment.withDisbursed(golden.matchDisbursed()));
		assertThat(produced).isEqualTo(golden);
		GoldenShape.assertSameShape(produced);
	}

}
