package kr.fundflow.fund.allocation.application;

import java.util.UUID;

import kr.fundflow.fund.allocation.domain.AllocationStatus;

/**
 * Which allocations a list shows; a null criterion does not filter. {@code region} and
 * {@code industry} match allocations whose lists contain the code.
 */
public record AllocationFilter(UUID fundId, String region, String industry, String instrument,
		AllocationStatus status) {

	public static final AllocationFilter ALL = new AllocationFilter(null, null, null, null, null);

}
