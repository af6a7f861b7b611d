package kr.fundflow.fund.flow.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One match as the flow read model counts it: where it belongs and how much it holds at
 * the proposed, approved, committed and disbursed stages. {@link #apply} turns each
 * change into the stage deltas to append.
 * <p>
 * Stages are cumulative ("reached at least this stage and is still alive"): a proposal
 * counts its amount as proposed (a re-proposal moves it to the new amount); an approval
 * adds it as approved; a commitment as committed (and, should the approval not have been
 * heard yet, as approved and proposed too); each disbursement adds its amount as
 * disbursed. A rejection, a withdrawal or a budget refusal takes the amount out of
 * proposed and approved. Figures are set, not added, so a change heard twice or late
 * moves nothing; the state never goes back, so a stale review after a commitment is
 * ignored. When a match moves to another region, industry or stage, what it holds moves
 * with it.
 */
public final class MatchFlow {

	private final String defaultGrowthStage;

	private Attribution attribution;

	private MatchState state;

	private long proposed;

	private long approved;

	private long committed;

	private long disbursed;

	private MatchFlow(String defaultGrowthStage, Attribution attribution, MatchState state, long proposed,
			long approved, long committed, long disbursed) {
		this.defaultGrowthStage = defaultGrowthStage;
		this.attribution = attribution;
		this.state = state;
		this.proposed = proposed;
		this.approved = approved;
		this.committed = committed;
		this.disbursed = disbursed;
	}

	/**
	 * A match nothing has been heard of; {@code defaultGrowthStage} (its allocation's
	 * first stage) counts it when no event names its stage.
	 */
	public static MatchFlow unseen(String defaultGrowthStage) {
		return new MatchFlow(defaultGrowthStage, null, null, 0, 0, 0, 0);
	}

	public static MatchFlow restore(String defaultGrowthStage, Attribution attribution, MatchState state, long proposed,
			long approved, long committed, long disbursed) {
		return new MatchFlow(defaultGrowthStage, attribution, state, proposed, approved, committed, disbursed);
	}

	/**
	 * Whether the match's place is known. Until then the budget's changes cannot be
	 * counted anywhere: they wait for the match's own first event.
	 */
	public boolean placed() {
		return this.attribution != null;
	}

	/**
	 * Whether a budget change must wait before it counts. The ledger commits only what
	 * was approved and pays only what was committed, but its events travel on another
	 * topic and may overtake the match's own: a commitment waits for the approval and a
	 * payment for the commitment, so that each stage is counted at the time of its own
	 * event (and an earlier day's figures stay as they were).
	 */
	public boolean awaits(MatchChange change) {
		if (change.place() != null) {
			return false;
		}
		if (!placed()) {
			return true;
		}
		if (ended()) {
			return false;
		}
		if (change instanceof MatchChange.Disbursed) {
			return this.state != MatchState.COMMITTED;
		}
		return this.state != MatchState.APPROVED && this.state != MatchState.COMMITTED;
	}

	/**
	 * The deltas this change makes, in order, and the new state.
	 * @throws IllegalStateException for a budget change of a match not placed yet
	 */
	public List<StageDelta> apply(MatchChange change) {
		if (change.place() == null && !placed()) {
			throw new IllegalStateException("A budget change cannot be counted before the match is placed");
		}
		List<StageDelta> deltas = new ArrayList<>();
		if (change instanceof MatchChange.Proposed proposal) {
			if (undecided()) {
				placeAt(proposal.place(), deltas);
				settle(proposal.amount(), 0, deltas);
				this.state = MatchState.PROPOSED;
			}
		}
		else if (change instanceof MatchChange.Reviewed review) {
			if (reviewable(review.outcome())) {
				placeAt(review.place(), deltas);
				boolean alive = !review.outcome().ended();
				settle(alive ? review.amount() : 0, (review.outcome() == MatchState.APPROVED) ? review.amount() : 0,
						deltas);
				this.state = review.outcome();
			}
		}
		else if (change instanceof MatchChange.Withdrawn withdrawal) {
			if (undecided()) {
				placeAt(withdrawal.place(), deltas);
				settle(0, 0, deltas);
				this.state = MatchState.WITHDRAWN;
			}
		}
		else if (change instanceof MatchChange.CommitmentAccepted commitment) {
			if (!ended()) {
				settle(commitment.amount(), commitment.amount(), deltas);
				this.committed = move(Stage.COMMITTED, this.committed, commitment.amount(), deltas);
				this.state = MatchState.COMMITTED;
			}
		}
		else if (change instanceof MatchChange.CommitmentRejected) {
			if (!ended() && this.state != MatchState.COMMITTED) {
				settle(0, 0, deltas);
				this.state = MatchState.BUDGET_REJECTED;
			}
		}
		else if (change instanceof MatchChange.Disbursed disbursement) {
			this.disbursed = move(Stage.DISBURSED, this.disbursed, Math.addExact(this.disbursed, disbursement.amount()),
					deltas);
		}
		return deltas;
	}

	private boolean undecided() {
		return this.state == null || this.state.undecided();
	}

	private boolean ended() {
		return this.state != null && this.state.ended();
	}

	/** A review counts unless the match is decided or the review tells of the past. */
	private boolean reviewable(MatchState outcome) {
		if (this.state == null) {
			return true;
		}
		if (this.state == MatchState.COMMITTED || this.state.ended()) {
			return false;
		}
		return outcome.notBefore(this.state);
	}

	/** Takes the place an event names; what the match holds moves along. */
	private void placeAt(MatchPlace place, List<StageDelta> deltas) {
		String growthStage = (place.growthStage() != null) ? place.growthStage()
				: (this.attribution != null) ? this.attribution.growthStage() : this.defaultGrowthStage;
		Attribution target = new Attribution(place.region(), place.industry(), growthStage);
		if (this.attribution != null && !this.attribution.equals(target)) {
			relocate(Stage.PROPOSED, this.proposed, target, deltas);
			relocate(Stage.APPROVED, this.approved, target, deltas);
			relocate(Stage.COMMITTED, this.committed, target, deltas);
			relocate(Stage.DISBURSED, this.disbursed, target, deltas);
		}
		this.attribution = target;
	}

	private void relocate(Stage stage, long amount, Attribution target, List<StageDelta> deltas) {
		if (amount != 0) {
			deltas.add(new StageDelta(stage, this.attribution, -amount));
			deltas.add(new StageDelta(stage, target, amount));
		}
	}

	private void settle(long proposedTarget, long approvedTarget, List<StageDelta> deltas) {
		this.proposed = move(Stage.PROPOSED, this.proposed, proposedTarget, deltas);
		this.approved = move(Stage.APPROVED, this.approved, approvedTarget, deltas);
	}

	private long move(Stage stage, long current, long target, List<StageDelta> deltas) {
		if (target != current) {
			deltas.add(new StageDelta(stage, this.attribution, Math.subtractExact(target, current)));
		}
		return target;
	}

	public Attribution attribution() {
		return this.attribution;
	}

	public MatchState state() {
		return this.state;
	}

	public long proposed() {
		return this.proposed;
	}

	public long approved() {
		return this.approved;
	}

	public long committed() {
		return this.committed;
	}

	public long disbursed() {
		return this.disbursed;
	}

}
