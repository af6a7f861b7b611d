package kr.fundflow.fund.ledger.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetLedgerRulesTests {

	private static final Instant NOW = Instant.parse("2026-02-10T05:00:00Z");

	private static final UUID ALLOCATION = UUID.randomUUID();

	private static final UUID FUND = UUID.randomUUID();

	@Test
	void anOpenLineThatCannotCoverAnApprovalReportsInsufficientBudgetAndWhatIsLeft() {
		BudgetLine line = new BudgetLine(ALLOCATION, FUND, 500_000_000, 300_000_000, 0, true);
		CommitmentRefusal refusal = line.refusalFor(300_000_000);
		assertThat(refusal.reason()).isEqualTo(CommitmentRefusal.Reason.INSUFFICIENT_BUDGET);
		assertThat(refusal.remaining()).isEqualTo(200_000_000);
		assertThat(refusal.reason().description()).startsWith("잔여 예산 부족");
	}

	@Test
	void aClosedLineRefusesWhateverIsLeftAndReportsNothingLeft() {
		BudgetLine line = new BudgetLine(ALLOCATION, FUND, 500_000_000, 0, 0, false);
		CommitmentRefusal refusal = line.refusalFor(1);
		assertThat(refusal.reason()).isEqualTo(CommitmentRefusal.Reason.ALLOCATION_CLOSED);
		assertThat(refusal.remaining()).isZero();
	}

	@Test
	void anApprovedMatchAsksForAPositiveAmount() {
		assertThatThrownBy(() -> approved(0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> approved(-5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCommitmentTakesTheMatchAmountAndStartsWithNothingPaidOut() {
		ApprovedMatch match = approved(300_000_000);
		Commitment commitment = Commitment.of(UUID.randomUUID(), match, FUND, NOW);
		assertThat(commitment.amount()).isEqualTo(300_000_000);
		assertThat(commitment.disbursed()).isZero();
		assertThat(commitment.matchId()).isEqualTo(match.matchId());
		assertThat(commitment.brn()).isEqualTo("5068212349");
		assertThat(commitment.remainingToDisburse()).isEqualTo(300_000_000);
	}

	@Test
	void disbursementsMayAddUpToExactlyTheCommitment() {
		Commitment commitment = committed(300).withDisbursed(100);
		Disbursement payment = Disbursement.on(commitment, UUID.randomUUID(), 200, "잔금", NOW, "op-1");
		assertThat(payment.amount()).isEqualTo(200);
		assertThat(payment.brn()).isEqualTo(commitment.brn());
		assertThat(payment.commitmentId()).isEqualTo(commitment.id());
	}

	@Test
	void refusesADisbursementBeyondTheCommitment() {
		Commitment commitment = committed(300).withDisbursed(100);
		assertThatThrownBy(() -> Disbursement.on(commitment, UUID.randomUUID(), 201, null, NOW, "op-1"))
			.isInstanceOf(RuleViolation.class)
			.hasMessageContaining("has 200 won left to disburse")
			.extracting(ex -> ((RuleViolation) ex).code())
			.isEqualTo("disbursement-exceeds-commitment");
	}

	@Test
	void refusesANonPositiveDisbursement() {
		assertThatThrownBy(() -> Disbursement.on(committed(300), UUID.randomUUID(), 0, null, NOW, "op-1"))
			.isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("amount");
	}

	@Test
	void refusesAnOverlongNote() {
		assertThatThrownBy(() -> Disbursement.on(committed(300), UUID.randomUUID(), 1, "x".repeat(501), NOW, "op-1"))
			.isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("note");
	}

	@Test
	void refusesANulCharacterInANote() {
		assertThatThrownBy(() -> Disbursement.on(committed(300), UUID.randomUUID(), 1, "a\u0000b", NOW, "op-1"))
			.isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo("note");
	}

	@Test
	void aCommitmentCannotExistPaidOutBeyondItsAmount() {
		assertThatThrownBy(() -> committed(300).withDisbursed(301)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> committed(300).withDisbursed(-1)).isInstanceOf(IllegalStateException.class);
	}

	private static ApprovedMatch approved(long amount) {
		return new ApprovedMatch(UUID.randomUUID(), ALLOCATION, FUND, "5068212349", amount);
	}

	private static Commitment committed(long amount) {
		return Commitment.of(UUID.randomUUID(), approved(amount), FUND, NOW);
	}

}
