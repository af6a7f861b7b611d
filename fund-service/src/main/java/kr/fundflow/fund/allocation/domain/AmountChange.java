package kr.fundflow.fund.allocation.domain;

/** An allocation's amount moving from {@code previous} to {@code amount}. */
public record AmountChange(long previous, long amount) {

	/** How much more of the fund's cap the allocation uses (negative: gives back). */
	public long delta() {
		return this.amount - this.previous;
	}

	public boolean isNone() {
		return this.previous == this.amount;
	}

}
