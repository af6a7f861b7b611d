package kr.fundflow.matching.match.application;

import java.util.UUID;

/**
 * An allocation event arrived for an allocation this service never saw opened: the event
 * goes to the dead-letter topic for an operator, rather than being silently dropped.
 */
public class UnknownAllocation extends RuntimeException {

	public UnknownAllocation(UUID allocationId) {
		super("Allocation " + allocationId + " is not in the eligibility index (no FundAllocated seen)");
	}

}
