package kr.fundflow.drills;

import java.time.Duration;

/**
 * How big each drill is: quick (CI, a few minutes on two cores) or full.
 *
 * @param loadThreads concurrent clients of the background load
 * @param killsPerTarget how often each service and the gateway are killed
 * @param faultLoad how long load runs around a fault
 * @param postgresOutage how long PostgreSQL stays away
 * @param burst registrations in the poison and kill-stack bursts
 * @param overspendTrials trials of 64 concurrent approvals
 * @param overspendParallel trials running at the same time
 * @param fuzzRequests generated bad requests
 * @param convergence how long the system may take to settle after a drill
 */
public record Scale(int loadThreads, int killsPerTarget, Duration faultLoad, Duration postgresOutage, int burst,
		int overspendTrials, int overspendParallel, int fuzzRequests, Duration convergence) {

	public static Scale quick() {
		return new Scale(3, 1, Duration.ofSeconds(9), Duration.ofSeconds(6), 80, 6, 2, 4_000, Duration.ofSeconds(120));
	}

	public static Scale full() {
		return new Scale(6, 3, Duration.ofSeconds(40), Duration.ofSeconds(15), 500, 1_000, 4, 12_000,
				Duration.ofSeconds(900));
	}

}
