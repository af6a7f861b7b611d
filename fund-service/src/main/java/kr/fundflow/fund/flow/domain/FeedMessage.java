package kr.fundflow.fund.flow.domain;

/** A line of the live feed, Korean first, e.g. "경상북도 수소 3억 매칭 승인". */
public record FeedMessage(String ko, String en) {

}
