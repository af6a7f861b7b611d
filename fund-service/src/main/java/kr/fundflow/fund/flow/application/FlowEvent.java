package kr.fundflow.fund.flow.application;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope of an event the read model counts: its id, its logical type (e.g.
 * {@code matching.match.reviewed}) and when it happened ({@code ce_time}), which is when
 * its entries count.
 */
public record FlowEvent(UUID id, String type, Instant at) {

}
