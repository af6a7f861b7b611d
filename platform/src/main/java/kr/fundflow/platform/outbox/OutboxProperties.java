package kr.fundflow.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outbox relay tuning.
 *
 * @param pollInterval how long the relay sleeps when nothing woke it (a commit wakes it
 * at once)
 * @param batchSize rows claimed per transaction
 * @param maxBackoff the longest pause after failures (Kafka or the database down)
 */
@ConfigurationProperties("fundflow.outbox")
public record OutboxProperties(Duration pollInterval, Integer batchSize, Duration maxBackoff) {

	public OutboxProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMillis(500);
		batchSize = (batchSize != null) ? batchSize : 200;
		maxBackoff = (maxBackoff != null) ? maxBackoff : Duration.ofSeconds(5);
	}

}
