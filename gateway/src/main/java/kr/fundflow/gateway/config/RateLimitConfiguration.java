package kr.fundflow.gateway.config;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

import kr.fundflow.gateway.ratelimit.application.RateLimiter;
import kr.fundflow.gateway.ratelimit.domain.RateLimit;
import kr.fundflow.gateway.ratelimit.store.InMemoryRateLimiter;
import kr.fundflow.gateway.ratelimit.store.RedisRateLimiter;
import kr.fundflow.gateway.ratelimit.web.RateLimitFilter;

/** In-memory buckets by default; Redis when several gateway instances must share them. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "fundflow.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

	@Bean
	RateLimitFilter rateLimitFilter(RateLimiter limiter, JsonMapper jsonMapper, MeterRegistry meters) {
		return new RateLimitFilter(limiter, jsonMapper, meters);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "fundflow.rate-limit.redis.enabled", havingValue = "false", matchIfMissing = true)
	static class InMemory {

		@Bean
		RateLimiter fundflowInMemoryRateLimiter(RateLimitProperties properties) {
			return new InMemoryRateLimiter(new RateLimit(properties.requestsPerSecond(), properties.burst()));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "fundflow.rate-limit.redis.enabled", havingValue = "true")
	static class Redis {

		@Bean
		RateLimiter fundflowRedisRateLimiter(ReactiveStringRedisTemplate redis, RateLimitProperties properties,
				MeterRegistry meters) {
			return new RedisRateLimiter(redis, new RateLimit(properties.requestsPerSecond(), properties.burst()),
					properties.redis().timeout(), meters);
		}

	}

}
