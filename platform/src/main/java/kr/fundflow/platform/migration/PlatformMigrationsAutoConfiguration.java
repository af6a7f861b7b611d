package kr.fundflow.platform.migration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Platform migrations ({@code db/platform}, versions 1–9) arrive after a service's own
 * ({@code V100} and up) have run on existing databases; Flyway applies such a lower,
 * later version only out of order. Without this a new platform table (e.g. V3
 * {@code idempotency_key}) would stop every existing database from starting.
 */
@AutoConfiguration
@ConditionalOnClass(FlywayConfigurationCustomizer.class)
public class PlatformMigrationsAutoConfiguration {

	@Bean
	FlywayConfigurationCustomizer platformMigrationsOutOfOrder() {
		return configuration -> configuration.outOfOrder(true);
	}

}
