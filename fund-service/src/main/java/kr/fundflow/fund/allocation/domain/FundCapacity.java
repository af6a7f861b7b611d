package kr.fundflow.fund.allocation.domain;

import java.util.UUID;

import kr.fundflow.platform.errors.RuleViolation;

/**
 * How much of a fund's cap its allocations use. The cap itself is enforced by the
 * database (a conditional update and a CHECK); this explains a refusal.
 */
public record FundCapacity(UUID fundId, long totalCap, long allocated, long reviewThreshold) {

	public long remaining() {
		return this.totalCap - this.allocated;
	}

	public RuleViolation capExceeded(long requested) {
		return new RuleViolation("fund-cap-exceeded",
				"Fund " + this.fundId + " has " + remaining() + " won of its cap left (" + this.allocated + " of "
						+ this.totalCap + " allocated); " + requested + " won more was asked for");
	}

}
