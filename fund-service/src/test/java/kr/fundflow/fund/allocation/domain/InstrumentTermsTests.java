package kr.fundflow.fund.allocation.domain;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentTermsTests {

	@Test
	void aGuaranteeOfFullCoverageWithAThirtyBasisPointDiscountFits() {
		assertThatCode(() -> InstrumentTerms.guarantee(100, 30).requireFitFor("LOAN_GUARANTEE"))
			.doesNotThrowAnyException();
	}

	@Test
	void aGuaranteeMayGiveNoFeeDiscount() {
		assertThatCode(() -> InstrumentTerms.guarantee(90, 0).requireFitFor("LOAN_GUARANTEE"))
			.doesNotThrowAnyException();
	}

	@Test
	void aGuaranteeNeedsACoverageRatio() {
		assertRefused(new InstrumentTerms(null, 30, null, null), "LOAN_GUARANTEE", "terms.coverageRatioPct");
	}

	@Test
	void aGuaranteeNeedsAFeeDiscount() {
		assertRefused(new InstrumentTerms(100, null, null, null), "LOAN_GUARANTEE", "terms.feeDiscountBp");
	}

	@Test
	void refusesACoverageRatioOfZeroOrAboveOneHundredPercent() {
		assertRefused(InstrumentTerms.guarantee(0, 30), "LOAN_GUARANTEE", "terms.coverageRatioPct");
		assertRefused(InstrumentTerms.guarantee(101, 30), "LOAN_GUARANTEE", "terms.coverageRatioPct");
	}

	@Test
	void refusesANegativeFeeDiscount() {
		assertRefused(InstrumentTerms.guarantee(100, -1), "LOAN_GUARANTEE", "terms.feeDiscountBp");
	}

	@Test
	void refusesAFeeDiscountAboveOneHundredPercent() {
		assertRefused(InstrumentTerms.guarantee(100, 10_001), "LOAN_GUARANTEE", "terms.feeDiscountBp");
	}

	@Test
	void refusesSubsidyTermsOnAGuarantee() {
		assertRefused(new InstrumentTerms(100, 30, 200, null), "LOAN_GUARANTEE", "terms.subsidyRateBp");
		assertRefused(new InstrumentTerms(100, 30, null, 12), "LOAN_GUARANTEE", "terms.termMonths");
	}

	@Test
	void aSubsidyOfTwoHundredBasisPointsForTwelveMonthsFits() {
		assertThatCode(() -> InstrumentTerms.subsidy(200, 12).requireFitFor("INTEREST_SUBSIDY"))
			.doesNotThrowAnyException();
	}

	@Test
	void aSubsidyNeedsAPositiveRate() {
		assertRefused(new InstrumentTerms(null, null, null, 12), "INTEREST_SUBSIDY", "terms.subsidyRateBp");
		assertRefused(InstrumentTerms.subsidy(0, 12), "INTEREST_SUBSIDY", "terms.subsidyRateBp");
	}

	@Test
	void aSubsidyNeedsAPositiveTerm() {
		assertRefused(new InstrumentTerms(null, null, 200, null), "INTEREST_SUBSIDY", "terms.termMonths");
		assertRefused(InstrumentTerms.subsidy(200, 0), "INTEREST_SUBSIDY", "terms.termMonths");
	}

	@Test
	void refusesGuaranteeTermsOnASubsidy() {
		assertRefused(new InstrumentTerms(100, null, 200, 12), "INTEREST_SUBSIDY", "terms.coverageRatioPct");
		assertRefused(new InstrumentTerms(null, 30, 200, 12), "INTEREST_SUBSIDY", "terms.feeDiscountBp");
	}

	@Test
	void instrumentsWithoutTermsTakeNone() {
		for (String instrument : new String[] { "DIRECT_INVESTMENT", "INDIRECT_INVESTMENT", "INFRA_INVESTMENT_LOAN",
				"LOW_RATE_LOAN", "GRANT" }) {
			assertThatCode(() -> InstrumentTerms.NONE.requireFitFor(instrument)).doesNotThrowAnyException();
			assertRefused(InstrumentTerms.guarantee(100, 30), instrument, "terms.coverageRatioPct");
			assertRefused(new InstrumentTerms(null, null, null, 12), instrument, "terms.termMonths");
		}
	}

	private static void assertRefused(InstrumentTerms terms, String instrument, String field) {
		assertThatThrownBy(() -> terms.requireFitFor(instrument)).isInstanceOf(InvalidInput.class)
			.extracting(ex -> ((InvalidInput) ex).field())
			.isEqualTo(field);
	}

}
