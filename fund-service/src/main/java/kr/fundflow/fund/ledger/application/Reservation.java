package kr.fundflow.fund.ledger.application;

import java.util.UUID;

/** Budget reserved on an allocation: its fund and its committed total afterwards. */
public record Reservation(UUID fundId, long allocationCommitted) {

}
