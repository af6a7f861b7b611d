package kr.fundflow.matching.match.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What matching needs to know of a budget line of a fund. {@code minTicket},
 * {@code maxTicket} and {@code maxEmployees} are null when unlimited; an empty
 * {@code stages} list allows every stage. {@code committed} is the fund side's committed
 * total.
 */
public record Allocation(UUID id, UUID fundId, String title, String channel, List<String> regions,
		List<String> industries, String instrument, List<String> stages, Integer maxEmployees, Long minTicket,
		Long maxTicket, long amount, long committed, long reviewThreshold, AllocationStatus status) {

	public Allocation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(fundId, "fundId");
		Objects.requireNonNull(instrument, "instrument");
		Objects.requireNonNull(status, "status");
		regions = List.copyOf(regions);
		industries = List.copyOf(industries);
		stages = List.copyOf(stages);
		if (amount < 0 || committed < 0) {
			throw new IllegalArgumentException("amounts of allocation " + id + " must not be negative");
		}
		if (reviewThreshold <= 0) {
			throw new IllegalArgumentException("reviewThreshold of allocation " + id + " must be positive");
		}
	}

	/** Budget not yet committed; never negative. */
	public long remaining() {
		return Math.max(0, this.amount - this.committed);
	}

	public boolean isOpen() {
		return this.status == AllocationStatus.OPEN;
	}

	public boolean allowsStage(String stage) {
		return this.stages.isEmpty() || this.stages.contains(stage);
	}

	/** The index keys under which companies find this allocation. */
	public Set<RegionIndustry> targets() {
		return RegionIndustry.crossOf(this.regions, this.industries);
	}

	public Allocation withAmount(long newAmount) {
		return new Allocation(this.id, this.fundId, this.title, this.channel, this.regions, this.industries,
				this.instrument, this.stages, this.maxEmployees, this.minTicket, this.maxTicket, newAmount,
				this.committed, this.reviewThreshold, this.status);
	}

	public Allocation withCommitted(long newCommitted) {
		return new Allocation(this.id, this.fundId, this.title, this.channel, this.regions, this.industries,
				this.instrument, this.stages, this.maxEmployees, this.minTicket, this.maxTicket, this.amount,
				newCommitted, this.reviewThreshold, this.status);
	}

	public Allocation closed() {
		return new Allocation(this.id, this.fundId, this.title, this.channel, this.regions, this.industries,
				this.instrument, this.stages, this.maxEmployees, this.minTicket, this.maxTicket, this.amount,
				this.committed, this.reviewThreshold, AllocationStatus.CLOSED);
	}

}
