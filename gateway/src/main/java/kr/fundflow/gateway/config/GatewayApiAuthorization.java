package kr.fundflow.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import kr.fundflow.platform.security.ApiAuthorizationRules;
import kr.fundflow.platform.security.Role;

/**
 * The gateway's coarse rules (SPEC §5): pages and the local sign-in are public, the API
 * needs a token of a role that may use it. The services check again and apply the fine
 * rules (a working group sees its own region only).
 */
@Configuration(proxyBeanMethods = false)
class GatewayApiAuthorization {

	private static final String MINISTRY = Role.MINISTRY.name();

	private static final String OPERATOR = Role.OPERATOR.name();

	private static final String WORKING_GROUP = Role.WORKING_GROUP.name();

	@Bean
	ApiAuthorizationRules gatewayApiRules() {
		return exchanges -> exchanges
			// The web pages and their assets; they sign in and then send tokens
			// themselves.
			.pathMatchers(HttpMethod.GET, "/", "/index.html", "/*.html", "/favicon.ico", "/*.js", "/*.css", "/*.svg",
					"/*.png", "/assets/**")
			.permitAll()
			// Exist only in the local profile; elsewhere they answer 404.
			.pathMatchers("/auth/dev-token", "/auth/demo-users")
			.permitAll()
			.pathMatchers(HttpMethod.POST, "/api/matches/*/reviews")
			.hasRole(WORKING_GROUP)
			.pathMatchers(HttpMethod.GET, "/api/**")
			.hasAnyRole(MINISTRY, OPERATOR, WORKING_GROUP)
			.pathMatchers(HttpMethod.HEAD, "/api/**")
			.hasAnyRole(MINISTRY, OPERATOR, WORKING_GROUP)
			// Writes: funds, allocations (adjust, close, disbursements) and the company
			// registry.
			.pathMatchers("/api/funds/**", "/api/allocations/**", "/api/companies/**")
			.hasRole(OPERATOR)
			.pathMatchers("/api/matches/**")
			.hasRole(WORKING_GROUP)
			// OPS watches health and metrics, never business data.
			.pathMatchers("/api/**")
			.hasAnyRole(MINISTRY, OPERATOR, WORKING_GROUP);
	}

}
