package kr.fundflow.platform.security;

import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;

/**
 * A service's own path rules, applied after the shared ones (health is public, other
 * actuator endpoints need OPS) and before the final "authenticated" rule.
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

	void configure(AuthorizeExchangeSpec exchanges);

}
