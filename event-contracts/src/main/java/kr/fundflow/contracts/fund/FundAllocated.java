package kr.fundflow.contracts.fund;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.fundflow.contracts.IntegrationEvent;

/**
 * A budget line of a fund was opened. {@code minTicket}, {@code maxTicket} and
 * {@code maxEmployees} are null when unlimited. {@code reviewThreshold} is the fund's
 * four-eyes threshold in won.
 */
public record FundAllocated(UUID allocationId, UUID fundId, String title, String channel, List<String> regions,
		List<String> industries, String instrument, AllocationTerms terms, List<String> stages, Integer maxEmployees,
		Long minTicket, Long maxTicket, long amount, long reviewThreshold,
		Instant allocatedAt) implements IntegrationEvent {

	@Override
	public String aggregateId() {
		return this.allocationId.toString();
	}

}
