package kr.fundflow.matching.config;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.fundflow.matching.match.application.MatchQueries;
import kr.fundflow.matching.match.application.PendingReviewsGauge;
import kr.fundflow.matching.match.application.RegionDirectory;
import kr.fundflow.matching.match.domain.MatchEvaluator;

/** The pure domain's evaluator with the configured policy, and the business gauge. */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	@Bean
	MatchEvaluator matchEvaluator(MatchingProperties properties) {
		return new MatchEvaluator(properties.scoringPolicy());
	}

	@Bean
	PendingReviewsGauge pendingReviewsGauge(MatchQueries queries, RegionDirectory regions, MeterRegistry meters,
			MatchingProperties properties) {
		return new PendingReviewsGauge(queries, regions, meters, properties.pendingReviewsRefresh());
	}

}
