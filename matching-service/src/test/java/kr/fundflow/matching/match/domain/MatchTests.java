package kr.fundflow.matching.match.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kr.fundflow.platform.errors.RuleViolation;

import static kr.fundflow.matching.match.domain.Candidates.DEFAULT_POLICY;
import static kr.fundflow.matching.match.domain.Candidates.EOK;
import static kr.fundflow.matching.match.domain.Candidates.HUNDRED_EOK;
import static kr.fundflow.matching.match.domain.Candidates.demand;
import static kr.fundflow.matching.match.domain.Candidates.hydrogenLine;
import static kr.fundflow.matching.match.domain.Candidates.pohang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MatchTests {

	private static final Instant PROPOSED_AT = Instant.parse("2026-02-01T00:00:05Z");

	private static final Instant LATER = Instant.parse("2026-02-02T09:00:00Z");

	private final MatchEvaluator evaluator = new MatchEvaluator(DEFAULT_POLICY);

	private Match proposal(Allocation allocation, Company company) {
		return Match.propose(UUID.randomUUID(), allocation, company,
				this.evaluator.evaluate(allocation, company, false), PROPOSED_AT);
	}

	private Match smallProposal() {
		return proposal(hydrogenLine(), pohang());
	}

	/** 150억 against a 100억 review threshold: four eyes. */
	private Match largeProposal() {
		Allocation large = new Allocation(hydrogenLine().id(), hydrogenLine().fundId(), "대형", "산업은행",
				hydrogenLine().regions(), hydrogenLine().industries(), "LOAN_GUARANTEE", hydrogenLine().stages(), null,
				EOK, 300 * EOK, 1_000 * EOK, 0, HUNDRED_EOK, AllocationStatus.OPEN);
		return proposal(large, Candidates.withDemands(pohang(), demand(150 * EOK, "LOAN_GUARANTEE")));
	}

	private static Review approve(String reviewer) {
		return new Review(Decision.APPROVE, null, reviewer, LATER);
	}

	@Test
	void aNewProposalCarriesTheEvaluationAndStartsItsFirstReviewRound() {
		Match match = smallProposal();

		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		assertThat(match.amount()).isEqualTo(3 * EOK);
		assertThat(match.score()).isEqualTo(90);
		assertThat(match.region()).isEqualTo("GYEONGBUK");
		assertThat(match.industry()).isEqualTo("HYDROGEN");
		assertThat(match.instrument()).isEqualTo("LOAN_GUARANTEE");
		assertThat(match.stage()).isEqualTo("GROWTH");
		assertThat(match.reviewRound()).isEqualTo(1);
		assertThat(match.approvals()).isZero();
		assertThat(match.reasons()).hasSize(9);
		assertThat(match.proposal()).isEqualTo(new HistoryEntry(null, MatchStatus.PROPOSED, "matching-service",
				"proposed 3억 with score 90", PROPOSED_AT));
	}

	@Test
	void onlyAnEligibleCandidateBecomesAProposal() {
		Company leap = Candidates.withStage(pohang(), "LEAP");
		Evaluation refused = this.evaluator.evaluate(hydrogenLine(), leap, false);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> Match.propose(UUID.randomUUID(), hydrogenLine(), leap, refused, PROPOSED_AT));
	}

	@Test
	void belowTheReviewThresholdOneApprovalApproves() {
		Match match = smallProposal();

		ReviewOutcome outcome = match.review(new Review(Decision.APPROVE, "핵심 기업", "wg-1", LATER));

		assertThat(match.requiredApprovals()).isEqualTo(1);
		assertThat(outcome.status()).isEqualTo(MatchStatus.APPROVED);
		assertThat(outcome.approvals()).isEqualTo(1);
		assertThat(outcome.round()).isEqualTo(1);
		assertThat(outcome.change()).isEqualTo(
				new HistoryEntry(MatchStatus.PROPOSED, MatchStatus.APPROVED, "wg-1", "approval 1 of 1: 핵심 기업", LATER));
		assertThat(match.status()).isEqualTo(MatchStatus.APPROVED);
		assertThat(match.updatedAt()).isEqualTo(LATER);
	}

	@Test
	void atTheReviewThresholdExactlyTwoApprovalsAreNeeded() {
		Allocation line = Candidates.withReviewThreshold(hydrogenLine(), 3 * EOK);
		Match atThreshold = proposal(line, pohang());
		Match belowThreshold = proposal(Candidates.withReviewThreshold(hydrogenLine(), 3 * EOK + 1), pohang());

		assertThat(atThreshold.requiredApprovals()).isEqualTo(2);
		assertThat(belowThreshold.requiredApprovals()).isEqualTo(1);
	}

	@Test
	void aFourEyesMatchStaysProposedAfterTheFirstApprovalAndIsApprovedByASecondMember() {
		Match match = largeProposal();

		ReviewOutcome first = match.review(approve("wg-1"));
		assertThat(first.status()).isEqualTo(MatchStatus.PROPOSED);
		assertThat(first.approvals()).isEqualTo(1);
		assertThat(first.requiredApprovals()).isEqualTo(2);
		assertThat(first.change().reason()).isEqualTo("approval 1 of 2");

		ReviewOutcome second = match.review(approve("wg-2"));
		assertThat(second.status()).isEqualTo(MatchStatus.APPROVED);
		assertThat(second.approvals()).isEqualTo(2);
		assertThat(match.approvers()).containsExactly("wg-1", "wg-2");
	}

	@Test
	void nobodyApprovesTheSameMatchTwice() {
		Match match = largeProposal();
		match.review(approve("wg-1"));

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> match.review(approve("wg-1")))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("already-approved"));
		assertThat(match.approvals()).isEqualTo(1);
		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
	}

	@Test
	void aRejectionByEitherMemberEndsAFourEyesMatch() {
		Match match = largeProposal();
		match.review(approve("wg-1"));

		ReviewOutcome rejected = match.review(new Review(Decision.REJECT, "담보 부족", "wg-2", LATER));

		assertThat(rejected.status()).isEqualTo(MatchStatus.REJECTED);
		assertThat(rejected.change().reason()).isEqualTo("rejected: 담보 부족");
	}

	@Test
	void theFirstApproverMayStillReject() {
		Match match = largeProposal();
		match.review(approve("wg-1"));

		assertThat(match.review(new Review(Decision.REJECT, "재검토 결과 부적격", "wg-1", LATER)).status())
			.isEqualTo(MatchStatus.REJECTED);
	}

	@Test
	void aRequestForInformationParksTheMatch() {
		Match match = smallProposal();

		ReviewOutcome outcome = match.review(new Review(Decision.REQUEST_INFO, "매출 증빙", "wg-1", LATER));

		assertThat(outcome.status()).isEqualTo(MatchStatus.INFO_REQUESTED);
		assertThat(outcome.change().reason()).isEqualTo("information requested: 매출 증빙");
	}

	@ParameterizedTest
	@EnumSource(value = MatchStatus.class, names = "PROPOSED", mode = EnumSource.Mode.EXCLUDE)
	void onlyAProposedMatchCanBeReviewed(MatchStatus status) {
		Match match = inStatus(status);

		for (Decision decision : Decision.values()) {
			assertThatExceptionOfType(RuleViolation.class)
				.isThrownBy(() -> match.review(new Review(decision, "이유", "wg-9", LATER)))
				.satisfies(ex -> assertThat(ex.code()).isEqualTo("match-not-reviewable"));
		}
		assertThat(match.status()).isEqualTo(status);
	}

	@Test
	void aCompanyUpdateSendsARequestForInformationBackToReviewInANewRound() {
		Match match = largeProposal();
		match.review(approve("wg-1"));
		match.review(new Review(Decision.REQUEST_INFO, "사업계획서", "wg-2", LATER));
		Company updated = Candidates.withDemands(pohang(), demand(150 * EOK, "LOAN_GUARANTEE"));
		Allocation line = largeLine();

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(line, updated, false), updated, line, true,
				LATER.plusSeconds(60));

		assertThat(reevaluation.kind()).isEqualTo(Reevaluation.Kind.RETURNED_TO_PROPOSED);
		assertThat(reevaluation.change()).isEqualTo(new HistoryEntry(MatchStatus.INFO_REQUESTED, MatchStatus.PROPOSED,
				"matching-service", "the company updated its record; review again", LATER.plusSeconds(60)));
		assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
		assertThat(match.reviewRound()).isEqualTo(2);
		// The earlier approval was for the old record: the first approver may approve
		// again.
		assertThat(match.approvals()).isZero();
		assertThat(match.review(approve("wg-1")).approvals()).isEqualTo(1);
	}

	@Test
	void anAllocationChangeDoesNotAnswerARequestForInformation() {
		Match match = smallProposal();
		match.review(new Review(Decision.REQUEST_INFO, null, "wg-1", LATER));
		Allocation adjusted = hydrogenLine().withAmount(4 * EOK);

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(adjusted, pohang(), false), pohang(),
				adjusted, false, LATER);

		assertThat(match.status()).isEqualTo(MatchStatus.INFO_REQUESTED);
		assertThat(reevaluation.kind()).isEqualTo(Reevaluation.Kind.REVISED);
	}

	@Test
	void aNewScoreIsARescoreAndANewAmountStartsANewRound() {
		Match match = largeProposal();
		match.review(approve("wg-1"));
		Allocation line = largeLine();
		Company smaller = Candidates.withDemands(pohang(), demand(120 * EOK, "LOAN_GUARANTEE"));

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(line, smaller, false), smaller, line, true,
				LATER);

		assertThat(reevaluation.kind()).isEqualTo(Reevaluation.Kind.RESCORED);
		assertThat(reevaluation.change()).isEqualTo(new HistoryEntry(MatchStatus.PROPOSED, MatchStatus.PROPOSED,
				"matching-service", "amount changed from 150억 to 120억; approvals start over", LATER));
		assertThat(match.amount()).isEqualTo(120 * EOK);
		assertThat(match.approvals()).isZero();
		assertThat(match.reviewRound()).isEqualTo(2);
	}

	@Test
	void aLowerScoreWithTheSameAmountKeepsTheApprovals() {
		Match match = largeProposal();
		match.review(approve("wg-1"));
		Allocation drained = largeLine().withCommitted(900 * EOK);

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(drained, largeDemander(), false),
				largeDemander(), drained, false, LATER);

		assertThat(reevaluation.kind()).isEqualTo(Reevaluation.Kind.RESCORED);
		assertThat(reevaluation.change()).isNull();
		// 100억 left for 150억: budget points 15 * 100/150 = 10
		assertThat(match.score()).isEqualTo(85);
		assertThat(match.approvals()).isEqualTo(1);
	}

	@Test
	void nothingChangedIsNothingToStore() {
		Match match = smallProposal();

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(hydrogenLine(), pohang(), false), pohang(),
				hydrogenLine(), false, LATER);

		assertThat(reevaluation.changed()).isFalse();
		assertThat(match.updatedAt()).isEqualTo(PROPOSED_AT);
	}

	@Test
	void aMatchNoLongerEligibleIsWithdrawnWithTheReason() {
		Match match = smallProposal();
		Company moved = Candidates.withRegion(pohang(), "SEOUL");

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(hydrogenLine(), moved, false), moved,
				hydrogenLine(), true, LATER);

		assertThat(reevaluation.kind()).isEqualTo(Reevaluation.Kind.WITHDRAWN);
		assertThat(match.status()).isEqualTo(MatchStatus.WITHDRAWN);
		assertThat(match.withdrawalReason()).isEqualTo("SEOUL is not among the eligible regions GYEONGBUK");
		assertThat(reevaluation.change().before()).isEqualTo(MatchStatus.PROPOSED);
	}

	@Test
	void aMatchAwaitingInformationIsWithdrawnToo() {
		Match match = smallProposal();
		match.review(new Review(Decision.REQUEST_INFO, null, "wg-1", LATER));

		match.reevaluate(this.evaluator.evaluate(hydrogenLine().closed(), pohang(), false), pohang(),
				hydrogenLine().closed(), false, LATER);

		assertThat(match.status()).isEqualTo(MatchStatus.WITHDRAWN);
		assertThat(match.withdrawalReason()).isEqualTo("the allocation is closed");
	}

	@ParameterizedTest
	@EnumSource(value = MatchStatus.class,
			names = { "APPROVED", "REJECTED", "COMMITTED", "BUDGET_REJECTED", "DISBURSED", "WITHDRAWN" })
	void decidedMatchesAreNotReevaluated(MatchStatus status) {
		Match match = inStatus(status);
		Company moved = Candidates.withRegion(pohang(), "SEOUL");

		Reevaluation reevaluation = match.reevaluate(this.evaluator.evaluate(hydrogenLine(), moved, false), moved,
				hydrogenLine(), true, LATER);

		assertThat(reevaluation.changed()).isFalse();
		assertThat(match.status()).isEqualTo(status);
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> match.withdraw("any", LATER));
	}

	@Test
	void anApprovedMatchIsCommittedOnceWhateverTheRedelivery() {
		Match match = smallProposal();
		match.review(approve("wg-1"));

		assertThat(match.commitmentAccepted(3 * EOK, LATER)).contains(
				new HistoryEntry(MatchStatus.APPROVED, MatchStatus.COMMITTED, "fund-service", "3억 committed", LATER));
		assertThat(match.committedAmount()).isEqualTo(3 * EOK);
		assertThat(match.commitmentAccepted(3 * EOK, LATER)).isEmpty();
		assertThat(match.status()).isEqualTo(MatchStatus.COMMITTED);
	}

	@Test
	void aBudgetRefusalIsShownWithItsReason() {
		Match match = smallProposal();
		match.review(approve("wg-1"));

		assertThat(match.commitmentRejected("잔여 예산 부족", 2 * EOK, LATER)).contains(new HistoryEntry(MatchStatus.APPROVED,
				MatchStatus.BUDGET_REJECTED, "fund-service", "잔여 예산 부족 (2억 left)", LATER));
		assertThat(match.budgetRejectionReason()).isEqualTo("잔여 예산 부족");
		assertThat(match.budgetRemaining()).isEqualTo(2 * EOK);
		assertThat(match.commitmentRejected("잔여 예산 부족", 2 * EOK, LATER)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = MatchStatus.class, names = { "PROPOSED", "INFO_REQUESTED", "REJECTED", "WITHDRAWN" })
	void theFundSideAnswersOnlyApprovedMatches(MatchStatus status) {
		Match match = inStatus(status);

		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> match.commitmentAccepted(3 * EOK, LATER));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> match.commitmentRejected("잔여 예산 부족", 0, LATER));
		assertThatExceptionOfType(RuleViolation.class).isThrownBy(() -> match.disbursed(EOK, LATER));
	}

	@Test
	void disbursementsMoveACommittedMatchOnPartlyThenFully() {
		Match match = inStatus(MatchStatus.COMMITTED);

		assertThat(match.disbursed(EOK, LATER)).contains(new HistoryEntry(MatchStatus.COMMITTED, MatchStatus.DISBURSED,
				"fund-service", "1억 of 3억 disbursed", LATER));
		assertThat(match.fullyDisbursed()).isFalse();
		// An older total arriving late changes nothing.
		assertThat(match.disbursed(EOK / 2, LATER)).isEmpty();
		assertThat(match.disbursed(3 * EOK, LATER)).contains(new HistoryEntry(MatchStatus.DISBURSED,
				MatchStatus.DISBURSED, "fund-service", "3억 of 3억 disbursed", LATER));
		assertThat(match.disbursed()).isEqualTo(3 * EOK);
		assertThat(match.fullyDisbursed()).isTrue();
	}

	@Test
	void aMatchHoldsItsPairUnlessWithdrawnOrRefusedBudget() {
		assertThat(MatchStatus.REJECTED.holdsPair()).isTrue();
		assertThat(MatchStatus.COMMITTED.holdsPair()).isTrue();
		assertThat(MatchStatus.WITHDRAWN.holdsPair()).isFalse();
		assertThat(MatchStatus.BUDGET_REJECTED.holdsPair()).isFalse();
		assertThat(MatchStatus.INFO_REQUESTED.awaitsDecision()).isTrue();
		assertThat(MatchStatus.APPROVED.awaitsDecision()).isFalse();
	}

	private static Allocation largeLine() {
		return new Allocation(hydrogenLine().id(), hydrogenLine().fundId(), "대형", "산업은행", hydrogenLine().regions(),
				hydrogenLine().industries(), "LOAN_GUARANTEE", hydrogenLine().stages(), null, EOK, 300 * EOK,
				1_000 * EOK, 0, HUNDRED_EOK, AllocationStatus.OPEN);
	}

	private static Company largeDemander() {
		return Candidates.withDemands(pohang(), demand(150 * EOK, "LOAN_GUARANTEE"));
	}

	/** A 3억 match driven to the given status through its legal transitions. */
	private Match inStatus(MatchStatus status) {
		Match match = smallProposal();
		switch (status) {
			case PROPOSED -> {
			}
			case INFO_REQUESTED -> match.review(new Review(Decision.REQUEST_INFO, null, "wg-1", LATER));
			case APPROVED -> match.review(approve("wg-1"));
			case REJECTED -> match.review(new Review(Decision.REJECT, "부적격", "wg-1", LATER));
			case COMMITTED -> {
				match.review(approve("wg-1"));
				match.commitmentAccepted(3 * EOK, LATER);
			}
			case BUDGET_REJECTED -> {
				match.review(approve("wg-1"));
				match.commitmentRejected("잔여 예산 부족", 0, LATER);
			}
			case DISBURSED -> {
				match.review(approve("wg-1"));
				match.commitmentAccepted(3 * EOK, LATER);
				match.disbursed(EOK, LATER);
			}
			case WITHDRAWN -> match.withdraw("the allocation is closed", LATER);
		}
		assertThat(match.status()).isEqualTo(status);
		return match;
	}

}
