package kr.fundflow.company.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import kr.fundflow.platform.security.ApiAuthorizationRules;

/**
 * SPEC §5: operators register and update companies; ministries read all of them and
 * working groups read those of their own region (scoped by the use cases, not here).
 */
@Configuration(proxyBeanMethods = false)
class CompanyApiAuthorization {

	@Bean
	ApiAuthorizationRules companyApiRules() {
		return exchanges -> exchanges.pathMatchers(HttpMethod.GET, "/api/**")
			.hasAnyRole("MINISTRY", "OPERATOR", "WORKING_GROUP")
			.pathMatchers("/api/**")
			.hasRole("OPERATOR");
	}

}
