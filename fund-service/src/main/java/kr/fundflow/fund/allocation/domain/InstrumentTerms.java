package kr.fundflow.fund.allocation.domain;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * The terms an instrument needs (SPEC §2), as data: a loan guarantee has a coverage ratio
 * (percent of the bank loan) and a fee discount in basis points; an interest subsidy has
 * a rate in basis points and a term in months. Terms that do not apply to the instrument
 * are null, and sending them is refused rather than silently ignored.
 */
public record InstrumentTerms(Integer coverageRatioPct, Integer feeDiscountBp, Integer subsidyRateBp,
		Integer termMonths) {

	public static final String LOAN_GUARANTEE = "LOAN_GUARANTEE";

	public static final String INTEREST_SUBSIDY = "INTEREST_SUBSIDY";

	/** 100 % in basis points: no discount or subsidy rate can exceed it. */
	static final int MAX_BASIS_POINTS = 10_000;

	/** Fifty years: longer subsidy terms are input mistakes. */
	static final int MAX_TERM_MONTHS = 600;

	public static final InstrumentTerms NONE = new InstrumentTerms(null, null, null, null);

	public static InstrumentTerms guarantee(int coverageRatioPct, int feeDiscountBp) {
		return new InstrumentTerms(coverageRatioPct, feeDiscountBp, null, null);
	}

	public static InstrumentTerms subsidy(int subsidyRateBp, int termMonths) {
		return new InstrumentTerms(null, null, subsidyRateBp, termMonths);
	}

	/** Refuses terms that are missing, out of range or foreign to the instrument. */
	public void requireFitFor(String instrument) {
		if (LOAN_GUARANTEE.equals(instrument)) {
			requireWithin("coverageRatioPct", this.coverageRatioPct, 1, 100, instrument);
			requireWithin("feeDiscountBp", this.feeDiscountBp, 0, MAX_BASIS_POINTS, instrument);
			requireAbsent("subsidyRateBp", this.subsidyRateBp, instrument);
			requireAbsent("termMonths", this.termMonths, instrument);
		}
		else if (INTEREST_SUBSIDY.equals(instrument)) {
			requireAbsent("coverageRatioPct", this.coverageRatioPct, instrument);
			requireAbsent("feeDiscountBp", this.feeDiscountBp, instrument);
			requireWithin("subsidyRateBp", this.subsidyRateBp, 1, MAX_BASIS_POINTS, instrument);
			requireWithin("termMonths", this.termMonths, 1, MAX_TERM_MONTHS, instrument);
		}
		else {
			requireAbsent("coverageRatioPct", this.coverageRatioPct, instrument);
			requireAbsent("feeDiscountBp", this.feeDiscountBp, instrument);
			requireAbsent("subsidyRateBp", this.subsidyRateBp, instrument);
			requireAbsent("termMonths", this.termMonths, instrument);
		}
	}

	private static void requireWithin(String term, Integer value, int min, int max, String instrument) {
		if (value == null) {
			throw new InvalidInput("terms." + term, instrument + " needs terms." + term);
		}
		if (value < min || value > max) {
			throw new InvalidInput("terms." + term, "terms." + term + " must be between " + min + " and " + max);
		}
	}

	private static void requireAbsent(String term, Integer value, String instrument) {
		if (value != null) {
			throw new InvalidInput("terms." + term, "terms." + term + " does not apply to " + instrument);
		}
	}

}
