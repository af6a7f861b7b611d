package kr.fundflow.matching.match.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static kr.fundflow.matching.match.domain.Candidates.DEFAULT_POLICY;
import static kr.fundflow.matching.match.domain.Candidates.EOK;
import static kr.fundflow.matching.match.domain.Candidates.demand;
import static kr.fundflow.matching.match.domain.Candidates.hydrogenLine;
import static kr.fundflow.matching.match.domain.Candidates.pohang;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MatchEvaluatorTests {

	private final MatchEvaluator evaluator = new MatchEvaluator(DEFAULT_POLICY);

	private Evaluation evaluate(Allocation allocation, Company company) {
		return this.evaluator.evaluate(allocation, company, false);
	}

	private static Reason reason(Evaluation evaluation, String rule) {
		return evaluation.reasons()
			.stream()
			.filter(r -> r.rule().equals(rule))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + rule + " in " + evaluation.reasons()));
	}

	@Test
	void proposesTheDemandWithinTheTicketRangeAndExplainsEveryRule() {
		Evaluation evaluation = evaluate(hydrogenLine(), pohang());

		assertThat(evaluation.proposable()).isTrue();
		assertThat(evaluation.amount()).isEqualTo(3 * EOK);
		assertThat(evaluation.industry()).isEqualTo("HYDROGEN");
		// 25 + 15 + 20 + 0 (no certification) + 15 + 15
		assertThat(evaluation.score()).isEqualTo(90);
		assertThat(evaluation.reasons()).extracting(Reason::rule)
			.containsExactly("REGION", "INDUSTRY_FIT", "STAGE_FIT", "SIZE", "INSTRUMENT", "TICKET_FIT", "CERTIFICATION",
					"NON_CAPITAL_REGION", "REMAINING_BUDGET");
		assertThat(evaluation.reasons()).contains(
				new Reason("REGION", Outcome.MATCHED, 0, "GYEONGBUK is an eligible region"),
				new Reason("INDUSTRY_FIT", Outcome.MATCHED, 25, "HYDROGEN is eligible"),
				new Reason("STAGE_FIT", Outcome.MATCHED, 15, "stage GROWTH is allowed"),
				new Reason("SIZE", Outcome.MATCHED, 0, "85 employees within the limit of 300"),
				new Reason("INSTRUMENT", Outcome.MATCHED, 0, "demands 3억 via LOAN_GUARANTEE"),
				new Reason("TICKET_FIT", Outcome.MATCHED, 20, "demand 3억 within the ticket range 1억–5억"),
				new Reason("CERTIFICATION", Outcome.NEAR_MISS, 0,
						"needs REGULATION_FREE_ZONE or TECH_INNOVATION or INNOBIZ"),
				new Reason("NON_CAPITAL_REGION", Outcome.MATCHED, 15, "GYEONGBUK counts toward the regional earmark"),
				new Reason("REMAINING_BUDGET", Outcome.MATCHED, 15, "5억 left covers the 3억 proposal"));
		assertThat(evaluation.blockers()).isEmpty();
		assertThat(evaluation.verdict()).isEmpty();
	}

	@Test
	void refusesACompanyOutsideTheAllocationsRegions() {
		Evaluation evaluation = evaluate(hydrogenLine(), Candidates.withRegion(pohang(), "SEOUL"));

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.verdict()).isEqualTo("SEOUL is not among the eligible regions GYEONGBUK");
		assertThat(reason(evaluation, "REGION").outcome()).isEqualTo(Outcome.NEAR_MISS);
	}

	@Test
	void refusesACompanyWithoutAnIndustryInCommon() {
		Evaluation evaluation = evaluate(hydrogenLine(), Candidates.withIndustries(pohang(), "BIO", "AI"));

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.verdict())
			.isEqualTo("none of BIO, AI is eligible (eligible: HYDROGEN, SECONDARY_BATTERY)");
		assertThat(evaluation.industry()).isEqualTo("BIO");
	}

	@Test
	void givesPartialIndustryPointsWhenOnlySomeOfTheCompanysIndustriesAreEligible() {
		Evaluation evaluation = evaluate(hydrogenLine(), Candidates.withIndustries(pohang(), "BIO", "HYDROGEN"));

		assertThat(evaluation.proposable()).isTrue();
		assertThat(evaluation.industry()).isEqualTo("HYDROGEN");
		assertThat(reason(evaluation, "INDUSTRY_FIT"))
			.isEqualTo(new Reason("INDUSTRY_FIT", Outcome.NEAR_MISS, 12, "HYDROGEN is eligible; BIO not"));
		assertThat(evaluation.score()).isEqualTo(77);
	}

	@Test
	void namesEveryEligibleIndustryOfTheCompany() {
		Evaluation evaluation = evaluate(hydrogenLine(),
				Candidates.withIndustries(pohang(), "SECONDARY_BATTERY", "HYDROGEN"));

		assertThat(evaluation.industry()).isEqualTo("SECONDARY_BATTERY");
		assertThat(reason(evaluation, "INDUSTRY_FIT").detail()).isEqualTo("SECONDARY_BATTERY, HYDROGEN are eligible");
		assertThat(reason(evaluation, "INDUSTRY_FIT").points()).isEqualTo(25);
	}

	@Test
	void refusesAStageTheAllocationDoesNotAllowAsANearMiss() {
		Evaluation evaluation = evaluate(hydrogenLine(), Candidates.withStage(pohang(), "LEAP"));

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.nearMiss()).isTrue();
		assertThat(evaluation.verdict()).isEqualTo("stage LEAP not allowed (allowed: STARTUP, GROWTH, EXPANSION)");
		assertThat(reason(evaluation, "STAGE_FIT").points()).isZero();
	}

	@Test
	void anAllocationWithoutStagesAllowsEveryStage() {
		Allocation anyStage = Candidates.withStages(hydrogenLine());

		assertThat(evaluate(anyStage, Candidates.withStage(pohang(), "LEAP")).proposable()).isTrue();
	}

	@Test
	void refusesACompanyAboveTheEmployeeLimitButNotOneAtIt() {
		assertThat(evaluate(hydrogenLine(), Candidates.withEmployees(pohang(), 301)).verdict())
			.isEqualTo("301 employees exceed the limit of 300");
		assertThat(evaluate(hydrogenLine(), Candidates.withEmployees(pohang(), 300)).proposable()).isTrue();
	}

	@Test
	void anAllocationWithoutAnEmployeeLimitTakesAnySize() {
		Evaluation evaluation = evaluate(Candidates.withMaxEmployees(hydrogenLine(), null),
				Candidates.withEmployees(pohang(), 5_000));

		assertThat(evaluation.proposable()).isTrue();
		assertThat(reason(evaluation, "SIZE").detail()).isEqualTo("no employee limit");
	}

	@Test
	void refusesACompanyWithoutADemandThroughTheAllocationsInstrument() {
		Evaluation evaluation = evaluate(hydrogenLine(),
				Candidates.withDemands(pohang(), demand(3 * EOK, "GRANT", "LOW_RATE_LOAN")));

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.verdict()).isEqualTo("no demand for LOAN_GUARANTEE");
		assertThat(evaluation.amount()).isZero();
		assertThat(reason(evaluation, "TICKET_FIT").detail()).isEqualTo("no demand to compare with the ticket range");
	}

	@Test
	void picksTheLargestDemandThroughTheAllocationsInstrument() {
		Evaluation evaluation = evaluate(hydrogenLine(), Candidates.withDemands(pohang(),
				demand(2 * EOK, "LOAN_GUARANTEE"), demand(9 * EOK, "GRANT"), demand(4 * EOK, "LOAN_GUARANTEE")));

		assertThat(evaluation.amount()).isEqualTo(4 * EOK);
	}

	@Test
	void aDemandBelowTheMinimumTicketIsANearMissNotAProposal() {
		Evaluation evaluation = evaluate(hydrogenLine(),
				Candidates.withDemands(pohang(), demand(50_000_000, "LOAN_GUARANTEE")));

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.nearMiss()).isTrue();
		assertThat(evaluation.verdict()).isEqualTo("demand 5,000만 below the minimum ticket 1억");
		assertThat(evaluation.amount()).isZero();
	}

	@Test
	void aDemandAtTheMinimumTicketIsProposed() {
		Evaluation evaluation = evaluate(hydrogenLine(),
				Candidates.withDemands(pohang(), demand(EOK, "LOAN_GUARANTEE")));

		assertThat(evaluation.proposable()).isTrue();
		assertThat(evaluation.amount()).isEqualTo(EOK);
	}

	@Test
	void aDemandAboveTheMaximumTicketIsCappedAndEarnsPartialTicketPoints() {
		Evaluation evaluation = evaluate(hydrogenLine(),
				Candidates.withDemands(pohang(), demand(8 * EOK, "LOAN_GUARANTEE")));

		assertThat(evaluation.proposable()).isTrue();
		assertThat(evaluation.amount()).isEqualTo(5 * EOK);
		// 20 * 5/8 = 12.5, rounded down
		assertThat(reason(evaluation, "TICKET_FIT")).isEqualTo(
				new Reason("TICKET_FIT", Outcome.NEAR_MISS, 12, "demand 8억 above the maximum ticket 5억: proposing 5억"));
	}

	@Test
	void anAllocationWithoutTicketLimitsProposesTheWholeDemand() {
		Allocation open = Candidates.withTickets(hydrogenLine(), null, null);
		Evaluation evaluation = evaluate(open, Candidates.withDemands(pohang(), demand(4 * EOK, "LOAN_GUARANTEE")));

		assertThat(evaluation.amount()).isEqualTo(4 * EOK);
		assertThat(reason(evaluation, "TICKET_FIT").detail())
			.isEqualTo("demand 4억 within the ticket range (no limits)");
	}

	@Test
	void describesOneSidedTicketRanges() {
		assertThat(reason(evaluate(Candidates.withTickets(hydrogenLine(), null, 5 * EOK), pohang()), "TICKET_FIT")
			.detail()).isEqualTo("demand 3억 within the ticket range up to 5억");
		assertThat(reason(evaluate(Candidates.withTickets(hydrogenLine(), EOK, null), pohang()), "TICKET_FIT").detail())
			.isEqualTo("demand 3억 within the ticket range from 1억");
	}

	@Test
	void oneValuedCertificationEarnsHalfTheCertificationPointsAndTwoEarnAll() {
		Evaluation one = evaluate(hydrogenLine(),
				Candidates.withCertifications(pohang(), "TECH_INNOVATION", "ISO9001"));
		Evaluation two = evaluate(hydrogenLine(),
				Candidates.withCertifications(pohang(), "TECH_INNOVATION", "REGULATION_FREE_ZONE"));

		assertThat(reason(one, "CERTIFICATION")).isEqualTo(new Reason("CERTIFICATION", Outcome.NEAR_MISS, 5,
				"holds TECH_INNOVATION; a second valued certification earns the rest"));
		assertThat(one.score()).isEqualTo(95);
		assertThat(reason(two, "CERTIFICATION"))
			.isEqualTo(new Reason("CERTIFICATION", Outcome.MATCHED, 10, "holds REGULATION_FREE_ZONE, TECH_INNOVATION"));
		assertThat(two.score()).isEqualTo(100);
	}

	@Test
	void aCapitalAreaCompanyEarnsNoRegionalEarmarkPoints() {
		Allocation nationwide = new Allocation(hydrogenLine().id(), hydrogenLine().fundId(), "전국", "기술보증기금",
				List.of("GYEONGGI", "GYEONGBUK"), List.of("HYDROGEN"), "LOAN_GUARANTEE", List.of(), null, EOK, 5 * EOK,
				5 * EOK, 0, Candidates.HUNDRED_EOK, AllocationStatus.OPEN);
		Evaluation evaluation = this.evaluator.evaluate(nationwide, Candidates.withRegion(pohang(), "GYEONGGI"), true);

		assertThat(evaluation.proposable()).isTrue();
		assertThat(reason(evaluation, "NON_CAPITAL_REGION"))
			.isEqualTo(new Reason("NON_CAPITAL_REGION", Outcome.NEAR_MISS, 0,
					"GYEONGGI is in the capital area and does not count toward the regional earmark"));
		assertThat(evaluation.score()).isEqualTo(75);
	}

	@Test
	void lessBudgetLeftThanTheProposalEarnsPartialBudgetPoints() {
		Evaluation evaluation = evaluate(hydrogenLine().withCommitted(3 * EOK), pohang());

		assertThat(evaluation.proposable()).isTrue();
		// 15 * 2/3
		assertThat(reason(evaluation, "REMAINING_BUDGET"))
			.isEqualTo(new Reason("REMAINING_BUDGET", Outcome.NEAR_MISS, 10, "only 2억 left for a 3억 proposal"));
		assertThat(evaluation.score()).isEqualTo(85);
	}

	@Test
	void anAllocationWithNoBudgetLeftProposesNothing() {
		Evaluation evaluation = evaluate(hydrogenLine().withCommitted(5 * EOK), pohang());

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.verdict()).isEqualTo("no budget left");
	}

	@Test
	void aClosedAllocationProposesNothing() {
		Evaluation evaluation = evaluate(hydrogenLine().closed(), pohang());

		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.verdict()).isEqualTo("the allocation is closed");
	}

	@Test
	void aCandidateBelowTheThresholdIsANearMissWithItsScore() {
		MatchEvaluator strict = new MatchEvaluator(new ScoringPolicy(Candidates.DEFAULT_WEIGHTS, 95, List.of()));
		Evaluation evaluation = strict.evaluate(hydrogenLine(), pohang(), false);

		assertThat(evaluation.score()).isEqualTo(90);
		assertThat(evaluation.proposable()).isFalse();
		assertThat(evaluation.nearMiss()).isTrue();
		assertThat(evaluation.verdict()).isEqualTo("score 90 below the proposal threshold 95");
	}

	@Test
	void aCandidateAtTheThresholdIsProposed() {
		MatchEvaluator exact = new MatchEvaluator(
				new ScoringPolicy(Candidates.DEFAULT_WEIGHTS, 90, List.of("INNOBIZ")));

		assertThat(exact.evaluate(hydrogenLine(), pohang(), false).proposable()).isTrue();
	}

	@Test
	void aCandidateFailingTwoRulesIsNotANearMiss() {
		Company farOff = Candidates.withEmployees(Candidates.withStage(pohang(), "LEAP"), 900);
		Evaluation evaluation = evaluate(hydrogenLine(), farOff);

		assertThat(evaluation.nearMiss()).isFalse();
		assertThat(evaluation.blockers()).extracting(Reason::rule).containsExactly("STAGE_FIT", "SIZE");
		assertThat(evaluation.verdict()).isEqualTo(
				"stage LEAP not allowed (allowed: STARTUP, GROWTH, EXPANSION); 900 employees exceed the limit of 300");
	}

	@Test
	void theThresholdIsNotAddedWhenARuleAlreadyBlocks() {
		MatchEvaluator strict = new MatchEvaluator(new ScoringPolicy(Candidates.DEFAULT_WEIGHTS, 100, List.of()));
		Evaluation evaluation = strict.evaluate(hydrogenLine(), Candidates.withStage(pohang(), "LEAP"), false);

		assertThat(evaluation.blockers()).extracting(Reason::rule).containsExactly("STAGE_FIT");
	}

	@Test
	void theScoreIsThePointsEarnedAsAShareOfTheConfiguredWeights() {
		// Weights summing to 200: every point counts half.
		MatchEvaluator doubled = new MatchEvaluator(
				new ScoringPolicy(new Weights(50, 30, 40, 20, 30, 30), 50, List.of("INNOBIZ")));
		Evaluation evaluation = doubled.evaluate(hydrogenLine(), pohang(), false);

		assertThat(reason(evaluation, "INDUSTRY_FIT").points()).isEqualTo(50);
		assertThat(evaluation.score()).isEqualTo(90);
	}

	@Test
	void aZeroWeightCriterionStillExplainsItself() {
		MatchEvaluator regionBlind = new MatchEvaluator(
				new ScoringPolicy(new Weights(25, 15, 20, 10, 0, 15), 50, List.of("INNOBIZ")));
		Evaluation evaluation = regionBlind.evaluate(hydrogenLine(), pohang(), false);

		assertThat(reason(evaluation, "NON_CAPITAL_REGION").points()).isZero();
		assertThat(reason(evaluation, "NON_CAPITAL_REGION").outcome()).isEqualTo(Outcome.MATCHED);
		// 75 of 85
		assertThat(evaluation.score()).isEqualTo(88);
	}

	@Test
	void withoutValuedCertificationsThereIsNoCertificationRule() {
		MatchEvaluator plain = new MatchEvaluator(new ScoringPolicy(Candidates.DEFAULT_WEIGHTS, 50, List.of()));

		assertThat(plain.evaluate(hydrogenLine(), pohang(), false).reasons()).extracting(Reason::rule)
			.doesNotContain("CERTIFICATION");
	}

	@Test
	void weightsMustBeNonNegativeBoundedAndNotAllZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Weights(-1, 15, 20, 10, 15, 15));
		assertThatIllegalArgumentException().isThrownBy(() -> new Weights(1001, 15, 20, 10, 15, 15));
		assertThatIllegalArgumentException().isThrownBy(() -> new Weights(0, 0, 0, 0, 0, 0));
		assertThat(new Weights(0, 0, 0, 0, 0, 1).total()).isEqualTo(1);
	}

	@Test
	void theThresholdIsAScoreBetweenZeroAndAHundred() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScoringPolicy(Candidates.DEFAULT_WEIGHTS, 101, List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ScoringPolicy(Candidates.DEFAULT_WEIGHTS, -1, List.of()));
	}

}
