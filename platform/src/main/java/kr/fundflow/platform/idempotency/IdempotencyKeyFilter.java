package kr.fundflow.platform.idempotency;

import java.security.Principal;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.transaction.ReactiveTransaction;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import kr.fundflow.platform.web.Problems;

/**
 * Honours the {@code Idempotency-Key} header on POST requests: a request with a key the
 * caller has not used yet runs in one database transaction together with the key's row
 * and its recorded answer (status, Content-Type, Location, body); the answer is sent only
 * after that transaction committed. The same key again (a retry, or a concurrent
 * duplicate, which waits on the key's row) gets the recorded answer, with
 * {@code Idempotent-Replayed: true}, and changes nothing. The same key with a different
 * request is 422.
 * <p>
 * Only successful answers are recorded: a refused request (4xx) changed nothing, so its
 * transaction is rolled back and the key stays free, and the same request with the same
 * key is simply tried again. Requests without the header are not touched.
 */
public class IdempotencyKeyFilter implements WebFilter, Ordered {

	public static final String HEADER = "Idempotency-Key";

	public static final String REPLAYED_HEADER = "Idempotent-Replayed";

	/** After Spring Security's filter chain (-100), so that the caller is known. */
	public static final int ORDER = 0;

	private static final Log log = LogFactory.getLog(IdempotencyKeyFilter.class);

	private final IdempotencyKeyStore keys;

	private final TransactionalOperator transactions;

	private final JsonMapper json;

	private final int maxBodyBytes;

	private final MeterRegistry meters;

	IdempotencyKeyFilter(IdempotencyKeyStore keys, TransactionalOperator transactions, JsonMapper json,
			int maxBodyBytes, MeterRegistry meters) {
		this.keys = keys;
		this.transactions = transactions;
		this.json = json;
		this.maxBodyBytes = maxBodyBytes;
		this.meters = meters;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		List<String> values = request.getHeaders().get(HEADER);
		if (!HttpMethod.POST.equals(request.getMethod()) || values == null || values.isEmpty()) {
			return chain.filter(exchange);
		}
		if (values.size() != 1 || !RequestFingerprint.isValidKey(values.get(0))) {
			count("refused");
			return problem(exchange,
					Problems.invalid(HEADER + " must be one value of 1 to 255 visible ASCII characters",
							List.of(Problems.fieldError(HEADER, "1 to 255 visible ASCII characters, e.g. a UUID"))));
		}
		String key = values.get(0);
		return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty("").flatMap(subject -> {
			if (subject.isEmpty()) {
				// not signed in: security decided this path is public; nothing to scope a
				// key to
				return chain.filter(exchange);
			}
			return readBody(request).flatMap(body -> handle(exchange, chain, subject, key, body))
				.onErrorResume(DataBufferLimitException.class,
						ex -> problem(exchange, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
								"The request body is larger than " + this.maxBodyBytes + " bytes")));
		});
	}

	private Mono<byte[]> readBody(ServerHttpRequest request) {
		return DataBufferUtils.join(request.getBody(), this.maxBodyBytes).map(buffer -> {
			try {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				return bytes;
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		}).defaultIfEmpty(new byte[0]);
	}

	private Mono<Void> handle(ServerWebExchange exchange, WebFilterChain chain, String subject, String key,
			byte[] body) {
		ServerHttpRequest request = exchange.getRequest();
		String method = request.getMethod().name();
		String path = request.getPath().value();
		String hash = RequestFingerprint.of(method, path, request.getURI().getRawQuery(), body);
		BufferedResponse buffered = new BufferedResponse(exchange.getResponse());
		ServerWebExchange inner = exchange.mutate()
			.request(new CachedBodyRequest(request, body))
			.response(buffered)
			.build();
		return this.transactions
			.execute(transaction -> this.keys.claim(subject, key, method, path, hash)
				.flatMap(claimed -> claimed ? run(chain, inner, buffered, transaction, subject, key)
						: this.keys.find(subject, key)
							.map(stored -> stored.answers(method, path, hash) ? Outcome.replay(stored)
									: Outcome.reused(key))))
			// singleOrEmpty waits for completion: cancelling the transaction's Flux would
			// roll it back
			.singleOrEmpty()
			.flatMap(outcome -> send(exchange, buffered, outcome))
			.onErrorResume(IdempotencyKeyFilter::isStorageFailure, ex -> {
				log.warn("Idempotent request not completed, storage unavailable: " + ex.getMessage());
				count("unavailable");
				ServerHttpResponse response = exchange.getResponse();
				if (response.isCommitted()) {
					return Mono.error(ex);
				}
				response.getHeaders().remove(HttpHeaders.LOCATION);
				response.getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
				return problem(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
						"Storage is unavailable; try again shortly with the same " + HEADER));
			});
	}

	/**
	 * Runs the request; a successful answer is recorded in the same transaction, any
	 * other one rolls the transaction back (and with it the claim).
	 */
	private Mono<Outcome> run(WebFilterChain chain, ServerWebExchange inner, BufferedResponse buffered,
			ReactiveTransaction transaction, String subject, String key) {
		return chain.filter(inner).then(Mono.defer(() -> {
			HttpStatusCode status = (buffered.getStatusCode() != null) ? buffered.getStatusCode() : HttpStatus.OK;
			if (!status.is2xxSuccessful()) {
				transaction.setRollbackOnly();
				return Mono.just(Outcome.EXECUTED);
			}
			HttpHeaders headers = buffered.getHeaders();
			MediaType contentType = headers.getContentType();
			return this.keys
				.record(subject, key, status.value(), (contentType != null) ? contentType.toString() : null,
						headers.getFirst(HttpHeaders.LOCATION), buffered.body())
				.thenReturn(Outcome.EXECUTED);
		}));
	}

	private Mono<Void> send(ServerWebExchange exchange, BufferedResponse buffered, Outcome outcome) {
		ServerHttpResponse response = exchange.getResponse();
		if (outcome.reusedKey() != null) {
			count("refused");
			return problem(exchange, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
					HEADER + " " + outcome.reusedKey() + " was already used for a different request"));
		}
		if (outcome.stored() == null) {
			count("executed");
			return write(response, buffered.body());
		}
		count("replayed");
		StoredAnswer stored = outcome.stored();
		response.setStatusCode(HttpStatusCode.valueOf(stored.status()));
		HttpHeaders headers = response.getHeaders();
		if (stored.contentType() != null) {
			headers.set(HttpHeaders.CONTENT_TYPE, stored.contentType());
		}
		if (stored.location() != null) {
			headers.set(HttpHeaders.LOCATION, stored.location());
		}
		headers.set(REPLAYED_HEADER, "true");
		return write(response, stored.body());
	}

	private Mono<Void> problem(ServerWebExchange exchange, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		problem.setInstance(exchange.getRequest().getURI());
		response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return write(response, this.json.writeValueAsBytes(problem));
	}

	/**
	 * Sends the body with its own length: the handler may have set a Content-Length for
	 * an answer that is replaced here (a problem instead), and a stale length corrupts
	 * the connection for the next request on it.
	 */
	private static Mono<Void> write(ServerHttpResponse response, byte[] body) {
		response.getHeaders().setContentLength(body.length);
		return (body.length == 0) ? response.setComplete()
				: response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

	private void count(String outcome) {
		Counter.builder("fundflow.idempotency.requests")
			.description("POST requests with an Idempotency-Key, by outcome")
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	/**
	 * The database failed (down, connection lost, commit failed): nothing is known to
	 * have happened, and a retry with the same key is safe.
	 */
	static boolean isStorageFailure(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessException || cause instanceof TransactionException
					|| cause.getClass().getName().startsWith("io.r2dbc.")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What happened to a request: run now ({@link #EXECUTED}, its answer in the buffered
	 * response), answered before ({@code stored}), or its key taken by another request.
	 */
	private record Outcome(StoredAnswer stored, String reusedKey) {

		static final Outcome EXECUTED = new Outcome(null, null);

		static Outcome replay(StoredAnswer stored) {
			return new Outcome(stored, null);
		}

		static Outcome reused(String key) {
			return new Outcome(null, key);
		}

	}

}
