package kr.fundflow.company.company.domain;

import java.util.List;

/**
 * What a company asks for: an amount in whole won, what it is for, and the instruments it
 * prefers (none listed means any). {@link CompanyProfile} validates it, since it knows
 * the demand's index for naming the offending field.
 */
public record FundingDemand(long amount, String purpose, List<String> instruments) {

}
