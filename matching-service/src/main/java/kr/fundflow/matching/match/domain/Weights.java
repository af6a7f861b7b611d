package kr.fundflow.matching.match.domain;

/**
 * Points per scoring criterion. The score is the points a candidate earns as a share of
 * their sum, so weights need not add up to 100.
 */
public record Weights(int industryFit, int stageFit, int ticketFit, int certifications, int nonCapitalRegion,
		int remainingBudget) {

	/** Keeps weight times won within a long when partial points are computed. */
	public static final int MAX_WEIGHT = 1000;

	public Weights {
		for (int weight : new int[] { industryFit, stageFit, ticketFit, certifications, nonCapitalRegion,
				remainingBudget }) {
			if (weight < 0 || weight > MAX_WEIGHT) {
				throw new IllegalArgumentException("Matching weights must be between 0 and " + MAX_WEIGHT);
			}
		}
		if (industryFit + stageFit + ticketFit + certifications + nonCapitalRegion + remainingBudget <= 0) {
			throw new IllegalArgumentException("At least one matching weight must be positive");
		}
	}

	public int total() {
		return this.industryFit + this.stageFit + this.ticketFit + this.certifications + this.nonCapitalRegion
				+ this.remainingBudget;
	}

}
