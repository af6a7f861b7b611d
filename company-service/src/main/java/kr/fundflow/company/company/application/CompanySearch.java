package kr.fundflow.company.company.application;

/** Search criteria as a client sends them; any may be null. */
public record CompanySearch(String region, String industry, String stage, String certification, String q) {

}
