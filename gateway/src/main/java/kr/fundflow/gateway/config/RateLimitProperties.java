package kr.fundflow.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-caller rate limit.
 *
 * @param enabled whether requests are limited at all
 * @param requestsPerSecond the sustained rate per caller
 * @param burst how many requests a caller may send at once
 * @param redis where buckets are kept when several gateway instances share them
 */
@ConfigurationProperties("fundflow.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("50") int requestsPerSecond,
		@DefaultValue("100") int burst, @DefaultValue Redis redis) {

	/**
	 * @param enabled buckets in Redis ({@code spring.data.redis.*}) instead of memory
	 * @param timeout how long to wait for Redis before letting a request through
	 */
	public record Redis(@DefaultValue("false") boolean enabled, @DefaultValue("500ms") Duration timeout) {
	}

}
