package kr.fundflow.fund.flow.domain;

/**
 * Something that happened to a match: its own events (proposed, reviewed, withdrawn, from
 * matching-service) name where it belongs; the budget's (committed, refused, disbursed,
 * from the ledger) name only the match.
 */
public sealed interface MatchChange {

	/** The amount the event speaks of. */
	long amount();

	/** The match's place when this change names it; null for the budget's changes. */
	default MatchPlace place() {
		return null;
	}

	/** The feed line about this change. */
	FeedMessage describe(Subject subject);

	private static FeedMessage line(Subject subject, long amount, String whatKo, String whatEn) {
		return new FeedMessage(subject.ko() + " " + Won.ko(amount) + " " + whatKo,
				whatEn + ": " + subject.en() + ", " + Won.en(amount));
	}

	record Proposed(MatchPlace place, long amount) implements MatchChange {

		@Override
		public FeedMessage describe(Subject subject) {
			return line(subject, this.amount, "매칭 제안", "Match proposed");
		}

	}

	/** {@code outcome} is the status the review left the match in. */
	record Reviewed(MatchPlace place, MatchState outcome, long amount) implements MatchChange {

		@Override
		public FeedMessage describe(Subject subject) {
			return switch (this.outcome) {
				case APPROVED -> line(subject, this.amount, "매칭 승인", "Match approved");
				case REJECTED -> line(subject, this.amount, "매칭 반려", "Match rejected");
				case INFO_REQUESTED -> line(subject, this.amount, "매칭 보완 요청", "More information requested on a match");
				default -> line(subject, this.amount, "매칭 1차 승인 (2인 검토)", "First of two approvals on a match");
			};
		}

	}

	record Withdrawn(MatchPlace place, long amount) implements MatchChange {

		@Override
		public FeedMessage describe(Subject subject) {
			return line(subject, this.amount, "매칭 철회", "Match withdrawn");
		}

	}

	record CommitmentAccepted(long amount) implements MatchChange {

		@Override
		public FeedMessage describe(Subject subject) {
			return line(subject, this.amount, "예산 확정", "Budget committed");
		}

	}

	/** {@code amount} is what was asked for and refused. */
	record CommitmentRejected(long amount) implements MatchChange {

		@Override
		public FeedMessage describe(Subject subject) {
			return line(subject, this.amount, "예산 확정 거절", "Budget commitment refused");
		}

	}

	record Disbursed(long amount) implements MatchChange {

		@Override
		public FeedMessage describe(Subject subject) {
			return line(subject, this.amount, "집행", "Disbursed");
		}

	}

}
