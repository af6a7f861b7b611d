package kr.fundflow.fund.ledger.application;

import kr.fundflow.fund.ledger.domain.Commitment;
import kr.fundflow.fund.ledger.domain.Disbursement;

/** A recorded payment and its commitment as it stands after it. */
public record RecordedDisbursement(Disbursement disbursement, Commitment commitment) {

}
