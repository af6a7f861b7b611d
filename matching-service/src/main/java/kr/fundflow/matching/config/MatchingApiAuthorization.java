package kr.fundflow.matching.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import kr.fundflow.platform.security.ApiAuthorizationRules;

/**
 * SPEC §5: ministries and operators read every match, working groups read their own
 * region's (scoping is the use cases'), and only working groups review.
 */
@Configuration(proxyBeanMethods = false)
class MatchingApiAuthorization {

	@Bean
	ApiAuthorizationRules matchingApiRules() {
		return exchanges -> exchanges.pathMatchers(HttpMethod.POST, "/api/matches/*/reviews")
			.hasRole("WORKING_GROUP")
			.pathMatchers(HttpMethod.GET, "/api/matches", "/api/matches/**", "/api/near-misses")
			.hasAnyRole("MINISTRY", "OPERATOR", "WORKING_GROUP")
			.pathMatchers("/api/**")
			.denyAll();
	}

}
