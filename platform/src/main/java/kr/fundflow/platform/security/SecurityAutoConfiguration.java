package kr.fundflow.platform.security;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Every service is a JWT resource server: the gateway checks tokens, and so does each
 * service (defence in depth). Health is public for orchestrators; everything else needs a
 * token.
 */
@AutoConfiguration
@EnableWebFluxSecurity
@EnableConfigurationProperties(JwtProperties.class)
public class SecurityAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder fundflowJwtDecoder(JwtProperties properties) {
		return JwtDecoders.rs256(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	ProblemDetailsSecurityHandlers problemDetailsSecurityHandlers(JsonMapper jsonMapper) {
		return new ProblemDetailsSecurityHandlers(jsonMapper);
	}

	@Bean
	@ConditionalOnMissingBean(SecurityWebFilterChain.class)
	SecurityWebFilterChain fundflowSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ProblemDetailsSecurityHandlers problems, ObjectProvider<ApiAuthorizationRules> rules) {
		List<ApiAuthorizationRules> serviceRules = rules.orderedStream().toList();
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(
					org.springframework.security.web.server.context.NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> {
				exchanges.pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				exchanges
					.pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
							"/webjars/**")
					.permitAll();
				exchanges.pathMatchers("/actuator/**").hasRole(Role.OPS.name());
				serviceRules.forEach(rule -> rule.configure(exchanges));
				exchanges.anyExchange().authenticated();
			})
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtDecoder(decoder)
					.jwtAuthenticationConverter(SecurityAutoConfiguration::toAuthentication))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	/** The {@code role} claim becomes the single authority {@code ROLE_<role>}. */
	static Mono<AbstractAuthenticationToken> toAuthentication(Jwt jwt) {
		Caller caller = Callers.fromJwt(jwt);
		return Mono.just(new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(caller.role().authority())),
				caller.subject()));
	}

}
