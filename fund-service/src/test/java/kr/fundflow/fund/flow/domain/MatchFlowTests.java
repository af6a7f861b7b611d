package kr.fundflow.fund.flow.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static kr.fundflow.fund.flow.domain.Stage.APPROVED;
import static kr.fundflow.fund.flow.domain.Stage.COMMITTED;
import static kr.fundflow.fund.flow.domain.Stage.DISBURSED;
import static kr.fundflow.fund.flow.domain.Stage.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchFlowTests {

	private static final long EOK = 100_000_000L;

	private static final MatchPlace POHANG = new MatchPlace("GYEONGBUK", "HYDROGEN", "GROWTH");

	private static final Attribution AT_POHANG = new Attribution("GYEONGBUK", "HYDROGEN", "GROWTH");

	private static final Attribution AT_GIMPO = new Attribution("GYEONGGI", "AI", "STARTUP");

	private final MatchFlow flow = MatchFlow.unseen("STARTUP");

	@Test
	void aCommitmentWaitsForTheApprovalAndAPaymentForTheCommitment() {
		MatchChange commitment = new MatchChange.CommitmentAccepted(3 * EOK);
		MatchChange payment = new MatchChange.Disbursed(EOK);
		assertThat(this.flow.awaits(commitment)).isTrue();
		this.flow.apply(proposed(3 * EOK));
		assertThat(this.flow.awaits(commitment)).isTrue();
		assertThat(this.flow.awaits(new MatchChange.CommitmentRejected(3 * EOK))).isTrue();
		assertThat(this.flow.awaits(payment)).isTrue();
		this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK));
		assertThat(this.flow.awaits(commitment)).isFalse();
		assertThat(this.flow.awaits(payment)).isTrue();
		this.flow.apply(commitment);
		assertThat(this.flow.awaits(payment)).isFalse();
		assertThat(this.flow.awaits(proposed(3 * EOK))).isFalse();
	}

	@Test
	void aProposalCountsItsAmountAsProposedWhereTheMatchBelongs() {
		assertThat(this.flow.apply(proposed(3 * EOK))).containsExactly(delta(PROPOSED, AT_POHANG, 3 * EOK));
		assertThat(this.flow.placed()).isTrue();
		assertThat(this.flow.state()).isEqualTo(MatchState.PROPOSED);
	}

	@Test
	void aReProposalOfTheSameMatchMovesProposedByTheDifference() {
		this.flow.apply(proposed(3 * EOK));
		assertThat(this.flow.apply(proposed(5 * EOK))).containsExactly(delta(PROPOSED, AT_POHANG, 2 * EOK));
		assertThat(this.flow.apply(proposed(4 * EOK))).containsExactly(delta(PROPOSED, AT_POHANG, -1 * EOK));
		assertThat(this.flow.apply(proposed(4 * EOK))).isEmpty();
		assertThat(this.flow.proposed()).isEqualTo(4 * EOK);
	}

	@Test
	void anApprovalAddsTheAmountAsApprovedAndKeepsItProposed() {
		this.flow.apply(proposed(3 * EOK));
		assertThat(this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK)))
			.containsExactly(delta(APPROVED, AT_POHANG, 3 * EOK));
		assertThat(this.flow.proposed()).isEqualTo(3 * EOK);
		assertThat(this.flow.approved()).isEqualTo(3 * EOK);
	}

	@Test
	void theFirstOfTwoApprovalsAndARequestForInformationApproveNothing() {
		this.flow.apply(proposed(300 * EOK));
		assertThat(this.flow.apply(reviewed(MatchState.PROPOSED, 300 * EOK))).isEmpty();
		assertThat(this.flow.apply(reviewed(MatchState.INFO_REQUESTED, 300 * EOK))).isEmpty();
		assertThat(this.flow.approved()).isZero();
		assertThat(this.flow.proposed()).isEqualTo(300 * EOK);
	}

	@Test
	void aRejectionTakesTheAmountOutOfProposed() {
		this.flow.apply(proposed(3 * EOK));
		assertThat(this.flow.apply(reviewed(MatchState.REJECTED, 3 * EOK)))
			.containsExactly(delta(PROPOSED, AT_POHANG, -3 * EOK));
		assertThat(this.flow.state()).isEqualTo(MatchState.REJECTED);
		assertThat(this.flow.apply(proposed(3 * EOK))).as("a rejected match stays out").isEmpty();
	}

	@Test
	void aWithdrawalTakesTheAmountOutOfProposed() {
		this.flow.apply(proposed(3 * EOK));
		assertThat(this.flow.apply(withdrawn(3 * EOK))).containsExactly(delta(PROPOSED, AT_POHANG, -3 * EOK));
		assertThat(this.flow.state()).isEqualTo(MatchState.WITHDRAWN);
	}

	@Test
	void aCommitmentCountsAsCommittedOnTopOfProposedAndApproved() {
		this.flow.apply(proposed(3 * EOK));
		this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK));
		assertThat(this.flow.apply(new MatchChange.CommitmentAccepted(3 * EOK)))
			.containsExactly(delta(COMMITTED, AT_POHANG, 3 * EOK));
		assertThat(this.flow.state()).isEqualTo(MatchState.COMMITTED);
	}

	@Test
	void aBudgetRefusalTakesTheAmountOutOfProposedAndApproved() {
		this.flow.apply(proposed(3 * EOK));
		this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK));
		assertThat(this.flow.apply(new MatchChange.CommitmentRejected(3 * EOK)))
			.containsExactly(delta(PROPOSED, AT_POHANG, -3 * EOK), delta(APPROVED, AT_POHANG, -3 * EOK));
		assertThat(this.flow.state()).isEqualTo(MatchState.BUDGET_REJECTED);
	}

	@Test
	void eachDisbursementAddsItsAmount() {
		this.flow.apply(proposed(3 * EOK));
		this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK));
		this.flow.apply(new MatchChange.CommitmentAccepted(3 * EOK));
		assertThat(this.flow.apply(new MatchChange.Disbursed(EOK))).containsExactly(delta(DISBURSED, AT_POHANG, EOK));
		assertThat(this.flow.apply(new MatchChange.Disbursed(2 * EOK)))
			.containsExactly(delta(DISBURSED, AT_POHANG, 2 * EOK));
		assertThat(this.flow.disbursed()).isEqualTo(3 * EOK);
	}

	@Test
	void aCommitmentHeardBeforeTheApprovalCountsAsApprovedTooAndTheLateApprovalMovesNothing() {
		this.flow.apply(proposed(3 * EOK));
		assertThat(this.flow.apply(new MatchChange.CommitmentAccepted(3 * EOK)))
			.containsExactly(delta(APPROVED, AT_POHANG, 3 * EOK), delta(COMMITTED, AT_POHANG, 3 * EOK));
		assertThat(this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK))).isEmpty();
		assertThat(this.flow.apply(reviewed(MatchState.PROPOSED, 3 * EOK))).as("a stale first approval").isEmpty();
		assertThat(this.flow.apply(withdrawn(3 * EOK))).as("a committed match is not withdrawn").isEmpty();
		assertThat(this.flow.approved()).isEqualTo(3 * EOK);
	}

	@Test
	void aBudgetRefusalHeardBeforeTheApprovalKeepsTheLateApprovalOut() {
		this.flow.apply(proposed(3 * EOK));
		this.flow.apply(new MatchChange.CommitmentRejected(3 * EOK));
		assertThat(this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK))).isEmpty();
		assertThat(this.flow.proposed()).isZero();
		assertThat(this.flow.approved()).isZero();
	}

	@Test
	void aReviewThatTellsOfAnEarlierStateThanTheKnownOneIsStale() {
		this.flow.apply(proposed(3 * EOK));
		this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK));
		assertThat(this.flow.apply(reviewed(MatchState.INFO_REQUESTED, 3 * EOK))).isEmpty();
		assertThat(this.flow.state()).isEqualTo(MatchState.APPROVED);
	}

	@Test
	void aReviewOfAMatchNeverProposedHereCountsItAsProposedToo() {
		assertThat(this.flow.apply(reviewed(MatchState.APPROVED, 3 * EOK)))
			.containsExactly(delta(PROPOSED, AT_POHANG, 3 * EOK), delta(APPROVED, AT_POHANG, 3 * EOK));
	}

	@Test
	void aMatchThatMovesTakesWhatItHoldsAlong() {
		this.flow.apply(proposed(3 * EOK));
		List<StageDelta> deltas = this.flow
			.apply(new MatchChange.Proposed(new MatchPlace("GYEONGGI", "AI", "STARTUP"), 4 * EOK));
		assertThat(deltas).containsExactly(delta(PROPOSED, AT_POHANG, -3 * EOK), delta(PROPOSED, AT_GIMPO, 3 * EOK),
				delta(PROPOSED, AT_GIMPO, EOK));
		assertThat(this.flow.attribution()).isEqualTo(AT_GIMPO);
	}

	@Test
	void aWithdrawalKeepsTheKnownGrowthStageAndAnUnknownOneIsTheAllocationsFirst() {
		this.flow.apply(proposed(3 * EOK));
		this.flow.apply(withdrawn(3 * EOK));
		assertThat(this.flow.attribution().growthStage()).isEqualTo("GROWTH");

		MatchFlow neverProposed = MatchFlow.unseen("LEAP");
		assertThat(neverProposed.apply(withdrawn(3 * EOK))).isEmpty();
		assertThat(neverProposed.attribution()).isEqualTo(new Attribution("GYEONGBUK", "HYDROGEN", "LEAP"));
	}

	@Test
	void theBudgetsChangesCannotBeCountedBeforeTheMatchIsPlaced() {
		assertThat(this.flow.placed()).isFalse();
		assertThatThrownBy(() -> this.flow.apply(new MatchChange.CommitmentAccepted(EOK)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aRestoredMatchGoesOnFromItsFigures() {
		MatchFlow restored = MatchFlow.restore("STARTUP", AT_POHANG, MatchState.COMMITTED, 3 * EOK, 3 * EOK, 3 * EOK,
				EOK);
		assertThat(restored.apply(new MatchChange.Disbursed(2 * EOK)))
			.containsExactly(delta(DISBURSED, AT_POHANG, 2 * EOK));
		assertThat(restored.apply(new MatchChange.CommitmentRejected(3 * EOK))).isEmpty();
	}

	@Test
	void aReviewStatusOutsideTheReviewOutcomesIsRefused() {
		assertThat(MatchState.afterReview("APPROVED")).isEqualTo(MatchState.APPROVED);
		assertThat(MatchState.afterReview("PROPOSED")).isEqualTo(MatchState.PROPOSED);
		assertThatThrownBy(() -> MatchState.afterReview("COMMITTED")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MatchState.afterReview(null)).isInstanceOf(IllegalArgumentException.class);
	}

	private static MatchChange proposed(long amount) {
		return new MatchChange.Proposed(POHANG, amount);
	}

	private static MatchChange reviewed(MatchState outcome, long amount) {
		return new MatchChange.Reviewed(POHANG, outcome, amount);
	}

	private static MatchChange withdrawn(long amount) {
		return new MatchChange.Withdrawn(new MatchPlace("GYEONGBUK", "HYDROGEN", null), amount);
	}

	private static StageDelta delta(Stage stage, Attribution attribution, long amount) {
		return new StageDelta(stage, attribution, amount);
	}

}
