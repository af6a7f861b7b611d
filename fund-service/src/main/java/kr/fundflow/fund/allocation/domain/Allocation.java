package kr.fundflow.fund.allocation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.RuleViolation;

/**
 * A budget line of a fund (SPEC §2): who channels it, to which regions, industries and
 * stages, through which instrument on which terms, with which ticket range, and how much.
 * {@code committed} and {@code disbursed} are the running totals of its budget ledger:
 * {@code 0 <= disbursed <= committed <= amount} always holds (and the database checks
 * it).
 */
public record Allocation(UUID id, UUID fundId, String title, String channel, List<String> regions,
		List<String> industries, String instrument, InstrumentTerms terms, List<GrowthStage> stages,
		Integer maxEmployees, Long minTicket, Long maxTicket, long amount, long committed, long disbursed,
		AllocationStatus status, Instant createdAt, String createdBy) {

	public Allocation {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(fundId, "fundId");
		Objects.requireNonNull(status, "status");
		regions = List.copyOf(regions);
		industries = List.copyOf(industries);
		stages = List.copyOf(stages);
		if (committed < 0 || committed > amount || disbursed < 0 || disbursed > committed) {
			throw new IllegalStateException("Allocation " + id + " breaks 0 <= disbursed <= committed <= amount");
		}
	}

	static final int MAX_REASON = 500;

	/** A new, open allocation with nothing committed yet. */
	public static Allocation open(UUID id, UUID fundId, AllocationPlan plan, Instant at, String by) {
		return new Allocation(id, fundId, plan.title(), plan.channel(), plan.regions(), plan.industries(),
				plan.instrument(), plan.terms(), plan.stages(), plan.maxEmployees(), plan.minTicket(), plan.maxTicket(),
				plan.amount(), 0, 0, AllocationStatus.OPEN, at, by);
	}

	/**
	 * Every adjustment and closing says why: the reason travels in the event and stays in
	 * the audit trail.
	 */
	public static String requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > MAX_REASON || reason.indexOf('\u0000') >= 0) {
			throw new InvalidInput("reason", "reason must be 1 to " + MAX_REASON + " characters of text");
		}
		return reason;
	}

	/** What is still free for new commitments. */
	public long remaining() {
		return this.amount - this.committed;
	}

	public boolean isOpen() {
		return this.status == AllocationStatus.OPEN;
	}

	/**
	 * Checks a new amount: never below what is committed or the ticket range; a closed
	 * allocation may only give budget back. Whether the fund's cap allows an increase is
	 * the database's call.
	 */
	public AmountChange adjustTo(long newAmount) {
		if (newAmount <= 0) {
			throw new InvalidInput("amount", "amount must be a positive number of won");
		}
		if (newAmount < this.committed) {
			throw new RuleViolation("allocation-below-committed", "Allocation " + this.id + " has " + this.committed
					+ " won committed; its amount cannot drop to " + newAmount);
		}
		if (!isOpen() && newAmount > this.amount) {
			throw new RuleViolation("allocation-closed",
					"Allocation " + this.id + " is closed; its amount can only go down");
		}
		long largestTicket = (this.maxTicket != null) ? this.maxTicket : (this.minTicket != null) ? this.minTicket : 0;
		if (newAmount < largestTicket) {
			throw new RuleViolation("allocation-below-ticket", "Allocation " + this.id + " pays tickets up to "
					+ largestTicket + " won; its amount cannot drop to " + newAmount);
		}
		return new AmountChange(this.amount, newAmount);
	}

	public Allocation withAmount(long newAmount) {
		return new Allocation(this.id, this.fundId, this.title, this.channel, this.regions, this.industries,
				this.instrument, this.terms, this.stages, this.maxEmployees, this.minTicket, this.maxTicket, newAmount,
				this.committed, this.disbursed, this.status, this.createdAt, this.createdBy);
	}

	/** Closes the line to new commitments; what was committed stays. */
	public Allocation close() {
		if (!isOpen()) {
			throw new RuleViolation("allocation-already-closed", "Allocation " + this.id + " is already closed");
		}
		return new Allocation(this.id, this.fundId, this.title, this.channel, this.regions, this.industries,
				this.instrument, this.terms, this.stages, this.maxEmployees, this.minTicket, this.maxTicket,
				this.amount, this.committed, this.disbursed, AllocationStatus.CLOSED, this.createdAt, this.createdBy);
	}

}
