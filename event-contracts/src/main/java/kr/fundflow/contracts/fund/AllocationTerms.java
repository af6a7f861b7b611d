package kr.fundflow.contracts.fund;

/**
 * What an instrument needs; fields that do not apply are null. A guarantee has a coverage
 * ratio and a fee discount (basis points), an interest subsidy has a rate (basis points)
 * and a term.
 */
public record AllocationTerms(Integer coverageRatioPct, Integer feeDiscountBp, Integer subsidyRateBp,
		Integer termMonths) {

}
