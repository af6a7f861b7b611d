package kr.fundflow.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Idempotency keys on POST requests.
 *
 * @param enabled whether the {@code Idempotency-Key} header is honoured (default true)
 * @param ttl how long a key and its answer are kept (default 24 h); a key older than this
 * may be used again for a new request
 * @param maxBodySize the largest request body read to fingerprint a request (default 256
 * KiB, WebFlux's own in-memory limit)
 * @param purgeInterval how often expired keys are deleted (default 10 min)
 */
@ConfigurationProperties("fundflow.idempotency")
public record IdempotencyProperties(Boolean enabled, Duration ttl, DataSize maxBodySize, Duration purgeInterval) {

	public IdempotencyProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		ttl = (ttl != null) ? ttl : Duration.ofHours(24);
		maxBodySize = (maxBodySize != null) ? maxBodySize : DataSize.ofKilobytes(256);
		purgeInterval = (purgeInterval != null) ? purgeInterval : Duration.ofMinutes(10);
	}

}
