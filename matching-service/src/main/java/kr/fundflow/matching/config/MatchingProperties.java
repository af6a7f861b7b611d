package kr.fundflow.matching.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import kr.fundflow.matching.match.domain.ScoringPolicy;
import kr.fundflow.matching.match.domain.Weights;

/**
 * {@code fundflow.matching.*}: the scoring weights, the proposal threshold, the
 * certifications that earn points, and how often the pending-reviews gauge is recounted.
 */
@ConfigurationProperties("fundflow.matching")
public record MatchingProperties(Integer threshold, WeightProperties weights, List<String> valuedCertifications,
		Duration pendingReviewsRefresh) {

	public MatchingProperties {
		threshold = (threshold != null) ? threshold : 50;
		weights = (weights != null) ? weights : new WeightProperties(null, null, null, null, null, null);
		valuedCertifications = (valuedCertifications != null) ? valuedCertifications
				: List.of("REGULATION_FREE_ZONE", "TECH_INNOVATION", "INNOBIZ");
		pendingReviewsRefresh = (pendingReviewsRefresh != null) ? pendingReviewsRefresh : Duration.ofSeconds(10);
	}

	public ScoringPolicy scoringPolicy() {
		return new ScoringPolicy(this.weights.toWeights(), this.threshold, this.valuedCertifications);
	}

	/** Points per criterion; a missing one takes its default. */
	public record WeightProperties(Integer industryFit, Integer stageFit, Integer ticketFit, Integer certifications,
			Integer nonCapitalRegion, Integer remainingBudget) {

		Weights toWeights() {
			return new Weights(or(this.industryFit, 25), or(this.stageFit, 15), or(this.ticketFit, 20),
					or(this.certifications, 10), or(this.nonCapitalRegion, 15), or(this.remainingBudget, 15));
		}

		private static int or(Integer value, int fallback) {
			return (value != null) ? value : fallback;
		}

	}

}
