package kr.fundflow.contracts.company;

import java.util.List;

/** A funding demand of a company: how much, for what, through which instruments. */
public record CompanyDemand(long amount, String purpose, List<String> instruments) {

}
