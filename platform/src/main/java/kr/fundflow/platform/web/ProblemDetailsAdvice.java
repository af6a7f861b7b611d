package kr.fundflow.platform.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import kr.fundflow.platform.errors.ApiProblem;
import kr.fundflow.platform.errors.Forbidden;
import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.errors.NotFound;
import kr.fundflow.platform.errors.RuleViolation;

/**
 * Every error a controller raises becomes {@code application/problem+json}: client
 * mistakes are 4xx with the field named, an unavailable database is 503, and nothing
 * leaks a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ProblemDetailsAdvice.class);

	/**
	 * An untranslated R2DBC failure is storage trouble too. Looked up by name, not named
	 * in an annotation: services without R2DBC (the gateway) would otherwise fail to read
	 * this advice's handlers, and springdoc with them.
	 */
	private static final Class<?> R2DBC_FAILURE = ClassUtils.isPresent("io.r2dbc.spi.R2dbcException",
			ProblemDetailsAdvice.class.getClassLoader())
					? ClassUtils.resolveClassName("io.r2dbc.spi.R2dbcException",
							ProblemDetailsAdvice.class.getClassLoader())
					: null;

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem ex) {
		HttpStatus status = statusOf(ex);
		ProblemDetail problem = (ex instanceof InvalidInput invalid)
				? Problems.invalid(ex.getMessage(), List.of(Problems.fieldError(invalid.field(), ex.getMessage())))
				: Problems.of(status, ex.code(), ex.getMessage());
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Problems.of(HttpStatus.CONFLICT, "duplicate", "The resource already exists"));
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ResponseEntity<ProblemDetail> unavailable(Exception ex) {
		log.warn("Storage unavailable: " + ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "5")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
					"Storage is unavailable; try again shortly"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (isUnstorableText(ex)) {
			return ResponseEntity.badRequest()
				.body(Problems.invalid("A text value contains a character that cannot be stored (such as NUL)",
						List.of()));
		}
		if (R2DBC_FAILURE != null && R2DBC_FAILURE.isInstance(ex)) {
			return unavailable(ex);
		}
		log.error("Unexpected error", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "An unexpected error occurred"));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<Map<String, String>> errors = ex.getFieldErrors()
			.stream()
			.map(error -> Problems.fieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.toList();
		String detail = errors.isEmpty() ? "The request is invalid"
				: "Invalid field " + errors.get(0).get("field") + ": " + errors.get(0).get("message");
		return Mono.just(ResponseEntity.badRequest().body(Problems.invalid(detail, errors)));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		String field = fieldOf(ex);
		String detail = (field != null) ? "Field " + field + " has an invalid value" : readableReason(ex);
		List<Map<String, String>> errors = (field != null) ? List.of(Problems.fieldError(field, detail)) : List.of();
		return Mono.just(ResponseEntity.badRequest().body(Problems.invalid(detail, errors)));
	}

	/**
	 * PostgreSQL refuses text it cannot store (SQLSTATE 22021, e.g. a NUL character in a
	 * search term, or 22P05): the client sent it, so 400, not 500.
	 */
	private static boolean isUnstorableText(Throwable ex) {
		for (Throwable cause = ex; cause != null && R2DBC_FAILURE != null; cause = cause.getCause()) {
			if (R2DBC_FAILURE.isInstance(cause)) {
				Method sqlState = ReflectionUtils.findMethod(R2DBC_FAILURE, "getSqlState");
				Object state = (sqlState != null) ? ReflectionUtils.invokeMethod(sqlState, cause) : null;
				return "22021".equals(state) || "22P05".equals(state);
			}
		}
		return false;
	}

	/**
	 * A path variable that converts to nothing, e.g. a blank id in
	 * {@code /api/funds/%20}, is the client's mistake, although Spring reports it as a
	 * server error (a mapping it cannot satisfy): 400 naming the variable.
	 */
	@Override
	protected Mono<ResponseEntity<Object>> handleServerErrorException(ServerErrorException ex, HttpHeaders headers,
			HttpStatusCode status, ServerWebExchange exchange) {
		MethodParameter parameter = ex.getMethodParameter();
		if (parameter != null && parameter.hasParameterAnnotation(PathVariable.class)) {
			String field = (ex.getReason() != null) ? ex.getReason() : String.valueOf(parameter.getParameterName());
			String detail = "Path variable " + field + " is missing or blank";
			return Mono.just(ResponseEntity.badRequest()
				.body(Problems.invalid(detail, List.of(Problems.fieldError(field, detail)))));
		}
		log.error("Server error", ex);
		return super.handleServerErrorException(ex, headers, status, exchange);
	}

	private static HttpStatus statusOf(ApiProblem ex) {
		if (ex instanceof NotFound) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof RuleViolation) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof Forbidden) {
			return HttpStatus.FORBIDDEN;
		}
		return HttpStatus.BAD_REQUEST;
	}

	/**
	 * The JSON path of the value Jackson could not read, e.g. {@code demands[0].amount}.
	 */
	private static String fieldOf(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference ref : databind.getPath()) {
					if (ref.getPropertyName() != null) {
						path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

	private static String readableReason(ServerWebInputException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DecodingException || cause instanceof JacksonException) {
				return "The request body is not valid JSON for this resource";
			}
		}
		return (ex.getReason() != null) ? ex.getReason() : "The request is invalid";
	}

}
