package kr.fundflow.drills;

import java.util.List;

/**
 * What a drill found. {@code lost} and {@code duplicated} count every write acknowledged
 * since the run began (a later drill that loses an earlier write fails); the other counts
 * are the drill's own.
 *
 * @param name the drill
 * @param acknowledged writes the drill got a 2xx for
 * @param lost acknowledged writes missing (in the owning service or downstream)
 * @param duplicated writes present more than once (rows, events, live matches per pair)
 * @param overspent allocations committed or paid beyond their amount
 * @param fiveXx answers with a 5xx status that the drill does not allow (see each drill)
 * @param problems every other finding that fails the drill, in words
 */
public record DrillResult(String name, long acknowledged, long lost, long duplicated, long overspent, long fiveXx,
		List<String> problems) {

	public boolean passed() {
		return this.lost == 0 && this.duplicated == 0 && this.overspent == 0 && this.fiveXx == 0
				&& this.problems.isEmpty();
	}

	public String summary() {
		return "drill=" + this.name + " acknowledged=" + this.acknowledged + " lost=" + this.lost + " duplicated="
				+ this.duplicated + " overspent=" + this.overspent + " 5xx=" + this.fiveXx + " result="
				+ (passed() ? "PASS" : "FAIL");
	}

	public static DrillResult crashed(String name, Throwable error) {
		return new DrillResult(name, 0, 0, 0, 0, 0, List.of("the drill itself failed: " + error));
	}

}
