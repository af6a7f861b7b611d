package kr.fundflow.matching.match.domain;

import java.util.List;
import java.util.Objects;

/**
 * How candidates are scored: the weights, the score from which a candidate becomes a
 * proposal, and the certifications that earn points.
 */
public record ScoringPolicy(Weights weights, int threshold, List<String> valuedCertifications) {

	public ScoringPolicy {
		Objects.requireNonNull(weights, "weights");
		if (threshold < 0 || threshold > 100) {
			throw new IllegalArgumentException("The proposal threshold must be between 0 and 100");
		}
		valuedCertifications = List.copyOf(valuedCertifications);
	}

}
