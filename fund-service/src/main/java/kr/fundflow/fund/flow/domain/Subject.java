package kr.fundflow.fund.flow.domain;

/**
 * What a feed line is about, in both languages: e.g. "경상북도 수소" and "North Gyeongsang ·
 * Hydrogen", or a channel when the place is not known yet.
 */
public record Subject(String ko, String en) {

}
