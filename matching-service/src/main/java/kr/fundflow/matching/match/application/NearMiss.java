package kr.fundflow.matching.match.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.fundflow.matching.match.domain.Reason;

/** A candidate that missed a proposal by one rule, with every rule's verdict. */
public record NearMiss(UUID allocationId, String brn, String companyName, String region, int score,
		List<Reason> reasons, Instant evaluatedAt) {

}
