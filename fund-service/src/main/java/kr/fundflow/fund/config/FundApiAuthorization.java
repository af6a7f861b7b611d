package kr.fundflow.fund.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import kr.fundflow.platform.security.ApiAuthorizationRules;

/**
 * SPEC §5: operators manage funds and allocations; ministries and working groups read
 * them. The dashboard (figures of whole funds and the live feed) is for ministries and
 * operators only.
 */
@Configuration(proxyBeanMethods = false)
class FundApiAuthorization {

	@Bean
	ApiAuthorizationRules fundApiRules() {
		return exchanges -> exchanges.pathMatchers("/api/dashboard/**")
			.hasAnyRole("MINISTRY", "OPERATOR")
			.pathMatchers(HttpMethod.GET, "/api/**")
			.hasAnyRole("MINISTRY", "OPERATOR", "WORKING_GROUP")
			.pathMatchers("/api/**")
			.hasRole("OPERATOR");
	}

}
