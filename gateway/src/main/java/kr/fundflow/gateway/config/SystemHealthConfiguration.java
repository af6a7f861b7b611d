package kr.fundflow.gateway.config;

import java.net.URI;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import kr.fundflow.gateway.health.CachedHealth;
import kr.fundflow.gateway.health.KafkaReachability;
import kr.fundflow.gateway.health.ServiceReadiness;

/**
 * {@code /actuator/health} of the gateway is the health of the whole system: UP only when
 * every service is ready and the broker answers. Components {@code fundService},
 * {@code companyService}, {@code matchingService} and {@code kafka} show which part is
 * not.
 */
@Configuration(proxyBeanMethods = false)
class SystemHealthConfiguration {

	@Bean
	CachedHealth fundServiceHealthIndicator(ServiceUrls services, HealthProperties health) {
		return readinessOf(services.fund(), health);
	}

	@Bean
	CachedHealth companyServiceHealthIndicator(ServiceUrls services, HealthProperties health) {
		return readinessOf(services.company(), health);
	}

	@Bean
	CachedHealth matchingServiceHealthIndicator(ServiceUrls services, HealthProperties health) {
		return readinessOf(services.matching(), health);
	}

	@Bean
	KafkaReachability kafkaReachability(HealthProperties health) {
		return new KafkaReachability(health.kafkaBootstrapServers(), health.timeout());
	}

	@Bean
	CachedHealth kafkaHealthIndicator(KafkaReachability kafka, HealthProperties health) {
		return new CachedHealth(kafka::check, health.cacheFor());
	}

	private static CachedHealth readinessOf(URI service, HealthProperties health) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) health.timeout().toMillis())
			.responseTimeout(health.timeout());
		WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
		return new CachedHealth(new ServiceReadiness(client, service, health.timeout())::check, health.cacheFor());
	}

}
