package kr.fundflow.matching.match.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kr.fundflow.platform.errors.RuleViolation;

/**
 * A proposal that a company receive {@code amount} from an allocation, with its score and
 * reasons, and its review. Four eyes: at or above the review threshold two different
 * members must approve within one review round; any rejection ends it.
 */
public final class Match {

	/** The actor of changes matching-service makes itself. */
	public static final String MATCHING = "matching-service";

	/** The actor of changes the fund side's events cause. */
	public static final String FUND_SIDE = "fund-service";

	private final UUID id;

	private final UUID allocationId;

	private final UUID fundId;

	private final String brn;

	private final Instant proposedAt;

	private String companyName;

	private String region;

	private String industry;

	private String instrument;

	private String stage;

	private long amount;

	private int score;

	private List<Reason> reasons;

	private long reviewThreshold;

	private MatchStatus status;

	private int reviewRound;

	private final List<String> approvers;

	private Long committedAmount;

	private long disbursed;

	private String budgetRejectionReason;

	private Long budgetRemaining;

	private String withdrawalReason;

	private Instant updatedAt;

	/** Restores a match as stored; use {@link #propose} for a new one. */
	public Match(UUID id, UUID allocationId, UUID fundId, String brn, String companyName, String region,
			String industry, String instrument, String stage, long amount, int score, List<Reason> reasons,
			long reviewThreshold, MatchStatus status, int reviewRound, List<String> approvers, Long committedAmount,
			long disbursed, String budgetRejectionReason, Long budgetRemaining, String withdrawalReason,
			Instant proposedAt, Instant updatedAt) {
		this.id = Objects.requireNonNull(id, "id");
		this.allocationId = Objects.requireNonNull(allocationId, "allocationId");
		this.fundId = Objects.requireNonNull(fundId, "fundId");
		this.brn = Objects.requireNonNull(brn, "brn");
		this.companyName = companyName;
		this.region = region;
		this.industry = industry;
		this.instrument = instrument;
		this.stage = stage;
		this.amount = amount;
		this.score = score;
		this.reasons = List.copyOf(reasons);
		this.reviewThreshold = reviewThreshold;
		this.status = Objects.requireNonNull(status, "status");
		this.reviewRound = reviewRound;
		this.approvers = new ArrayList<>(approvers);
		this.committedAmount = committedAmount;
		this.disbursed = disbursed;
		this.budgetRejectionReason = budgetRejectionReason;
		this.budgetRemaining = budgetRemaining;
		this.withdrawalReason = withdrawalReason;
		this.proposedAt = Objects.requireNonNull(proposedAt, "proposedAt");
		this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
	}

	/** A new proposal from a candidate that passed every rule. */
	public static Match propose(UUID id, Allocation allocation, Company company, Evaluation evaluation, Instant at) {
		if (!evaluation.proposable()) {
			throw new IllegalArgumentException("Not a proposal: " + evaluation.verdict());
		}
		return new Match(id, allocation.id(), allocation.fundId(), company.brn(), company.name(), company.region(),
				evaluation.industry(), allocation.instrument(), company.stage(), evaluation.amount(),
				evaluation.score(), evaluation.reasons(), allocation.reviewThreshold(), MatchStatus.PROPOSED, 1,
				List.of(), null, 0, null, null, null, at, at);
	}

	/** The history entry of the proposal itself. */
	public HistoryEntry proposal() {
		return new HistoryEntry(null, MatchStatus.PROPOSED, MATCHING,
				"proposed " + Won.format(this.amount) + " with score " + this.score, this.proposedAt);
	}

	/** Two approvals at or above the fund's review threshold, else one. */
	public int requiredApprovals() {
		return (this.amount >= this.reviewThreshold) ? 2 : 1;
	}

	/** Distinct approvals in the current review round. */
	public int approvals() {
		return this.approvers.size();
	}

	/**
	 * Applies a member's review.
	 * @throws RuleViolation when the match is not PROPOSED, or the member already
	 * approved it in this round
	 */
	public ReviewOutcome review(Review review) {
		if (this.status != MatchStatus.PROPOSED) {
			throw new RuleViolation("match-not-reviewable",
					"Match " + this.id + " is " + this.status + "; only a PROPOSED match can be reviewed");
		}
		MatchStatus before = this.status;
		switch (review.decision()) {
			case APPROVE -> {
				if (this.approvers.contains(review.reviewer())) {
					throw new RuleViolation("already-approved", review.reviewer() + " already approved match " + this.id
							+ "; four eyes need a second, different member");
				}
				this.approvers.add(review.reviewer());
				if (this.approvers.size() >= requiredApprovals()) {
					this.status = MatchStatus.APPROVED;
				}
			}
			case REJECT -> this.status = MatchStatus.REJECTED;
			case REQUEST_INFO -> this.status = MatchStatus.INFO_REQUESTED;
		}
		this.updatedAt = review.at();
		String what = switch (review.decision()) {
			case APPROVE -> "approval " + approvals() + " of " + requiredApprovals();
			case REJECT -> "rejected";
			case REQUEST_INFO -> "information requested";
		};
		HistoryEntry change = new HistoryEntry(before, this.status, review.reviewer(),
				(review.reason() != null) ? what + ": " + review.reason() : what, review.at());
		return new ReviewOutcome(review, this.reviewRound, this.status, approvals(), requiredApprovals(), change);
	}

	/**
	 * Re-evaluates an undecided match after its company or allocation changed: withdrawn
	 * when no longer eligible, else re-scored; a company update answers a request for
	 * information. A new amount starts a new review round: approvals given for the old
	 * amount no longer count. Decided matches are left alone.
	 */
	public Reevaluation reevaluate(Evaluation evaluation, Company company, Allocation allocation,
			boolean companyUpdated, Instant at) {
		if (!this.status.awaitsDecision()) {
			return Reevaluation.unchanged();
		}
		if (!evaluation.proposable()) {
			return new Reevaluation(Reevaluation.Kind.WITHDRAWN, withdraw(evaluation.verdict(), at));
		}
		MatchStatus before = this.status;
		long previousAmount = this.amount;
		boolean amountChanged = evaluation.amount() != this.amount;
		boolean rescored = amountChanged || evaluation.score() != this.score;
		boolean returning = this.status == MatchStatus.INFO_REQUESTED && companyUpdated;
		boolean changed = rescored || returning || !evaluation.reasons().equals(this.reasons)
				|| !company.name().equals(this.companyName) || !company.region().equals(this.region)
				|| !company.stage().equals(this.stage) || !evaluation.industry().equals(this.industry)
				|| allocation.reviewThreshold() != this.reviewThreshold;
		if (!changed) {
			return Reevaluation.unchanged();
		}
		boolean hadApprovals = !this.approvers.isEmpty();
		this.companyName = company.name();
		this.region = company.region();
		this.stage = company.stage();
		this.industry = evaluation.industry();
		this.amount = evaluation.amount();
		this.score = evaluation.score();
		this.reasons = evaluation.reasons();
		this.reviewThreshold = allocation.reviewThreshold();
		this.updatedAt = at;
		if (returning || amountChanged) {
			this.reviewRound++;
			this.approvers.clear();
		}
		if (returning) {
			this.status = MatchStatus.PROPOSED;
			return new Reevaluation(Reevaluation.Kind.RETURNED_TO_PROPOSED, new HistoryEntry(before, this.status,
					MATCHING, "the company updated its record; review again", at));
		}
		HistoryEntry change = amountChanged
				? new HistoryEntry(before, this.status, MATCHING, "amount changed from " + Won.format(previousAmount)
						+ " to " + Won.format(this.amount) + (hadApprovals ? "; approvals start over" : ""), at)
				: null;
		return new Reevaluation(rescored ? Reevaluation.Kind.RESCORED : Reevaluation.Kind.REVISED, change);
	}

	/** Takes an undecided proposal out of the review queue. */
	public HistoryEntry withdraw(String reason, Instant at) {
		if (!this.status.awaitsDecision()) {
			throw new RuleViolation("match-not-withdrawable",
					"Match " + this.id + " is " + this.status + "; only an undecided match can be withdrawn");
		}
		MatchStatus before = this.status;
		this.status = MatchStatus.WITHDRAWN;
		this.withdrawalReason = reason;
		this.updatedAt = at;
		return new HistoryEntry(before, this.status, MATCHING, reason, at);
	}

	/**
	 * The fund side reserved budget. Empty when that was already recorded.
	 * @throws RuleViolation when the match was never approved
	 */
	public Optional<HistoryEntry> commitmentAccepted(long committed, Instant at) {
		if (this.status == MatchStatus.COMMITTED || this.status == MatchStatus.DISBURSED) {
			return Optional.empty();
		}
		requireStatus(MatchStatus.APPROVED, "a commitment");
		this.status = MatchStatus.COMMITTED;
		this.committedAmount = committed;
		this.updatedAt = at;
		return Optional.of(new HistoryEntry(MatchStatus.APPROVED, this.status, FUND_SIDE,
				Won.format(committed) + " committed", at));
	}

	/**
	 * The fund side could not cover the approved amount. Empty when that was already
	 * recorded.
	 */
	public Optional<HistoryEntry> commitmentRejected(String reason, long remaining, Instant at) {
		if (this.status == MatchStatus.BUDGET_REJECTED) {
			return Optional.empty();
		}
		requireStatus(MatchStatus.APPROVED, "a budget refusal");
		this.status = MatchStatus.BUDGET_REJECTED;
		this.budgetRejectionReason = reason;
		this.budgetRemaining = remaining;
		this.updatedAt = at;
		return Optional.of(new HistoryEntry(MatchStatus.APPROVED, this.status, FUND_SIDE,
				reason + " (" + Won.format(remaining) + " left)", at));
	}

	/**
	 * Money was paid out; {@code totalDisbursed} is the match's disbursed total after the
	 * payment. Empty when that total was already recorded.
	 */
	public Optional<HistoryEntry> disbursed(long totalDisbursed, Instant at) {
		if (this.status != MatchStatus.COMMITTED && this.status != MatchStatus.DISBURSED) {
			throw new RuleViolation("unexpected-disbursement",
					"Match " + this.id + " is " + this.status + "; only a committed match can be disbursed");
		}
		if (totalDisbursed <= this.disbursed) {
			return Optional.empty();
		}
		MatchStatus before = this.status;
		this.status = MatchStatus.DISBURSED;
		this.disbursed = totalDisbursed;
		this.updatedAt = at;
		String of = (this.committedAmount != null) ? " of " + Won.format(this.committedAmount) : "";
		return Optional
			.of(new HistoryEntry(before, this.status, FUND_SIDE, Won.format(totalDisbursed) + of + " disbursed", at));
	}

	/** Whether everything committed has been paid out. */
	public boolean fullyDisbursed() {
		return this.committedAmount != null && this.disbursed >= this.committedAmount;
	}

	private void requireStatus(MatchStatus expected, String what) {
		if (this.status != expected) {
			throw new RuleViolation("unexpected-budget-answer", "Match " + this.id + " is " + this.status + "; " + what
					+ " applies only to an " + expected + " match");
		}
	}

	public UUID id() {
		return this.id;
	}

	public UUID allocationId() {
		return this.allocationId;
	}

	public UUID fundId() {
		return this.fundId;
	}

	public String brn() {
		return this.brn;
	}

	public String companyName() {
		return this.companyName;
	}

	public String region() {
		return this.region;
	}

	public String industry() {
		return this.industry;
	}

	public String instrument() {
		return this.instrument;
	}

	public String stage() {
		return this.stage;
	}

	public long amount() {
		return this.amount;
	}

	public int score() {
		return this.score;
	}

	public List<Reason> reasons() {
		return this.reasons;
	}

	public long reviewThreshold() {
		return this.reviewThreshold;
	}

	public MatchStatus status() {
		return this.status;
	}

	public int reviewRound() {
		return this.reviewRound;
	}

	public List<String> approvers() {
		return List.copyOf(this.approvers);
	}

	public Long committedAmount() {
		return this.committedAmount;
	}

	public long disbursed() {
		return this.disbursed;
	}

	public String budgetRejectionReason() {
		return this.budgetRejectionReason;
	}

	public Long budgetRemaining() {
		return this.budgetRemaining;
	}

	public String withdrawalReason() {
		return this.withdrawalReason;
	}

	public Instant proposedAt() {
		return this.proposedAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

}
