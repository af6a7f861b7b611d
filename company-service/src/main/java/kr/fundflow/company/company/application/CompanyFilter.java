package kr.fundflow.company.company.application;

import kr.fundflow.company.company.domain.GrowthStage;

/**
 * Checked search criteria; a null criterion does not filter. {@code nameQuery} matches
 * names containing it, ignoring case.
 */
public record CompanyFilter(String region, String industry, GrowthStage stage, String certification, String nameQuery) {

}
