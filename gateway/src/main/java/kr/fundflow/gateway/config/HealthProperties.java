package kr.fundflow.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway decides that the system is up.
 *
 * @param kafkaBootstrapServers the broker the services use
 * @param timeout how long one dependency may take to answer
 * @param cacheFor how long an answer is reused
 */
@ConfigurationProperties("fundflow.health")
public record HealthProperties(@DefaultValue("127.0.0.1:9092") String kafkaBootstrapServers,
		@DefaultValue("1500ms") Duration timeout, @DefaultValue("2s") Duration cacheFor) {

}
