package kr.fundflow.gateway.health;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Asks a service's {@code /actuator/health/readiness}: UP only when it answers 2xx with
 * status UP (its database and broker connections are ready).
 */
public class ServiceReadiness {

	private final WebClient client;

	private final URI readiness;

	private final Duration timeout;

	public ServiceReadiness(WebClient client, URI serviceUrl, Duration timeout) {
		this.client = client;
		this.readiness = URI.create(serviceUrl.toString().replaceAll("/+$", "") + "/actuator/health/readiness");
		this.timeout = timeout;
	}

	public Mono<Health> check() {
		return this.client.get()
			.uri(this.readiness)
			.exchangeToMono(response -> response.bodyToMono(Map.class)
				.defaultIfEmpty(Map.of())
				.map(body -> toHealth(response.statusCode(), body.get("status"))))
			.timeout(this.timeout)
			.onErrorResume(
					ex -> Mono.just(Health.down().withDetail("error", Failures.describe(ex, this.timeout)).build()));
	}

	private static Health toHealth(HttpStatusCode code, Object status) {
		Health.Builder health = (code.is2xxSuccessful() && "UP".equals(status)) ? Health.up() : Health.down();
		return health.withDetail("readiness", (status != null) ? status : "HTTP " + code.value()).build();
	}

}
