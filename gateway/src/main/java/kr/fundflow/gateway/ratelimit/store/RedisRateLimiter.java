package kr.fundflow.gateway.ratelimit.store;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import kr.fundflow.gateway.ratelimit.application.RateLimiter;
import kr.fundflow.gateway.ratelimit.domain.Decision;
import kr.fundflow.gateway.ratelimit.domain.RateLimit;

/**
 * Buckets in Redis, shared by every gateway instance: the same algorithm as
 * {@link kr.fundflow.gateway.ratelimit.domain.TokenBucket}, run atomically in a script on
 * Redis's own clock (so instances with skewed clocks agree). When Redis cannot be asked,
 * requests pass: an unavailable limiter must not take the API down.
 */
public class RedisRateLimiter implements RateLimiter {

	private static final Log log = LogFactory.getLog(RedisRateLimiter.class);

	/**
	 * KEYS[1] the caller's bucket; ARGV[1] interval and ARGV[2] tolerance in
	 * microseconds. Returns {1, 0} when allowed, else {0, microseconds to wait}.
	 */
	private static final RedisScript<List> GCRA = RedisScript.of("""
			local interval = tonumber(ARGV[1])
			local tolerance = tonumber(ARGV[2])
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
			local tat = tonumber(redis.call('GET', KEYS[1]) or now)
			if tat < now then tat = now end
			local wait = tat - now - tolerance
			if wait > 0 then return {0, wait} end
			local next = tat + interval
			redis.call('SET', KEYS[1], string.format('%d', next), 'PX', math.ceil((next - now) / 1000) + 1000)
			return {1, 0}
			""", List.class);

	private static final String KEY_PREFIX = "fundflow:gateway:rate-limit:";

	private final ReactiveStringRedisTemplate redis;

	private final RateLimit limit;

	private final Duration timeout;

	private final Counter failures;

	public RedisRateLimiter(ReactiveStringRedisTemplate redis, RateLimit limit, Duration timeout,
			MeterRegistry meters) {
		this.redis = redis;
		this.limit = limit;
		this.timeout = timeout;
		this.failures = Counter.builder("fundflow.gateway.rate.limiter.failures")
			.description("Requests let through because the Redis rate limiter could not be asked")
			.register(meters);
	}

	@Override
	public Mono<Decision> take(String caller) {
		List<String> keys = List.of(KEY_PREFIX + caller);
		String interval = Long.toString(this.limit.interval().toNanos() / 1000);
		String tolerance = Long.toString(this.limit.tolerance().toNanos() / 1000);
		return this.redis.execute(GCRA, keys, List.of(interval, tolerance))
			.next()
			.timeout(this.timeout)
			.map(RedisRateLimiter::toDecision)
			.onErrorResume(ex -> {
				this.failures.increment();
				log.warn("Rate limiter unavailable, letting the request through: " + ex.getMessage());
				return Mono.just(Decision.allow());
			});
	}

	private static Decision toDecision(List<?> reply) {
		boolean allowed = ((Number) reply.get(0)).longValue() == 1;
		return allowed ? Decision.allow()
				: Decision.refuse(Duration.ofNanos(((Number) reply.get(1)).longValue() * 1000));
	}

}
