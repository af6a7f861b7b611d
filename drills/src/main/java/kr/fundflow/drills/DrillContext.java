package kr.fundflow.drills;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import kr.fundflow.drills.check.Databases;
import kr.fundflow.drills.check.Findings;
import kr.fundflow.drills.check.Invariants;
import kr.fundflow.drills.load.World;
import kr.fundflow.drills.stack.KafkaProbe;
import kr.fundflow.drills.stack.LocalStackRun;
import kr.fundflow.drills.stack.PostgresProxy;

/**
 * Everything a drill works with: the running stack and its proxy, the broker and the
 * databases, the shared world (fund, identities, ledger), and the invariant checks.
 */
public record DrillContext(DrillOptions options, Scale scale, LocalStackRun stack, PostgresProxy postgresProxy,
		KafkaProbe kafka, Databases databases, World world, Invariants invariants) {

	/** A drill's own seed: the same run seed gives each drill the same choices. */
	public long seed(String drill) {
		return this.options.seed() * 1_000_003L + drill.hashCode();
	}

	public SplittableRandom random(String drill) {
		return new SplittableRandom(seed(drill));
	}

	/** The drill's result from the settled checks and its own observations. */
	public DrillResult result(String drill, long acknowledged, Findings findings, long fiveXx, List<String> problems) {
		List<String> all = new ArrayList<>(problems);
		all.addAll(findings.problems());
		return new DrillResult(drill, acknowledged, findings.lost(), findings.duplicated(), findings.overspent(),
				fiveXx, all);
	}

}
