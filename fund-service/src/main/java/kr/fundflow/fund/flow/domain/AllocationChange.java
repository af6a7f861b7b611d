package kr.fundflow.fund.flow.domain;

import java.util.List;

/**
 * Something that happened to an allocation (a budget line). Its amount counts as
 * allocated under its first region, first industry and first stage, so that the figures
 * add up to the true totals (shares of a multi-region line are not estimated).
 */
public sealed interface AllocationChange {

	/** The allocated deltas of this change. */
	List<StageDelta> deltas(Attribution attribution);

	/** The amount a feed line shows; null when there is none. */
	Long feedAmount();

	/** The feed line about this change. */
	FeedMessage describe(Subject subject);

	record Opened(long amount) implements AllocationChange {

		@Override
		public List<StageDelta> deltas(Attribution attribution) {
			return List.of(new StageDelta(Stage.ALLOCATED, attribution, this.amount));
		}

		@Override
		public Long feedAmount() {
			return this.amount;
		}

		@Override
		public FeedMessage describe(Subject subject) {
			return new FeedMessage(subject.ko() + " " + Won.ko(this.amount) + " 배정",
					"Allocated: " + subject.en() + ", " + Won.en(this.amount));
		}

	}

	/** The amount moved from {@code previousAmount} to {@code amount}. */
	record Adjusted(long previousAmount, long amount) implements AllocationChange {

		@Override
		public List<StageDelta> deltas(Attribution attribution) {
			long delta = Math.subtractExact(this.amount, this.previousAmount);
			return (delta == 0) ? List.of() : List.of(new StageDelta(Stage.ALLOCATED, attribution, delta));
		}

		@Override
		public Long feedAmount() {
			return this.amount;
		}

		@Override
		public FeedMessage describe(Subject subject) {
			return new FeedMessage(
					subject.ko() + " 배정 " + Won.ko(this.previousAmount) + " → " + Won.ko(this.amount) + " 조정",
					"Allocation adjusted: " + subject.en() + ", " + Won.en(this.previousAmount) + " → "
							+ Won.en(this.amount));
		}

	}

	/** Closed to new commitments; what it holds stays allocated. */
	record Closed() implements AllocationChange {

		@Override
		public List<StageDelta> deltas(Attribution attribution) {
			return List.of();
		}

		@Override
		public Long feedAmount() {
			return null;
		}

		@Override
		public FeedMessage describe(Subject subject) {
			return new FeedMessage(subject.ko() + " 배정 마감", "Allocation closed: " + subject.en());
		}

	}

}
