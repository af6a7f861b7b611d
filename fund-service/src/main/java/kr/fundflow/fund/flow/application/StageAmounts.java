package kr.fundflow.fund.flow.application;

import kr.fundflow.fund.flow.domain.Stage;

/** Won at each stage. */
public record StageAmounts(long allocated, long proposed, long approved, long committed, long disbursed) {

	public static final StageAmounts ZERO = new StageAmounts(0, 0, 0, 0, 0);

	public StageAmounts plus(Stage stage, long amount) {
		return new StageAmounts(add(stage, Stage.ALLOCATED, this.allocated, amount),
				add(stage, Stage.PROPOSED, this.proposed, amount), add(stage, Stage.APPROVED, this.approved, amount),
				add(stage, Stage.COMMITTED, this.committed, amount),
				add(stage, Stage.DISBURSED, this.disbursed, amount));
	}

	public StageAmounts plus(StageAmounts other) {
		return new StageAmounts(Math.addExact(this.allocated, other.allocated),
				Math.addExact(this.proposed, other.proposed), Math.addExact(this.approved, other.approved),
				Math.addExact(this.committed, other.committed), Math.addExact(this.disbursed, other.disbursed));
	}

	private static long add(Stage changed, Stage stage, long current, long amount) {
		return (changed == stage) ? Math.addExact(current, amount) : current;
	}

}
