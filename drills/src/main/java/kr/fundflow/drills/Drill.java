package kr.fundflow.drills;

/** One fault scenario: injects its fault under load and checks the invariants after. */
public interface Drill {

	String name();

	DrillResult run(DrillContext context) throws Exception;

}
