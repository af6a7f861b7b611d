package kr.fundflow.fund.flow.application;

import kr.fundflow.fund.flow.domain.MatchChange;

/** A budget change waiting for its match's first own event. */
public record ParkedChange(FlowEvent event, MatchChange change) {

}
