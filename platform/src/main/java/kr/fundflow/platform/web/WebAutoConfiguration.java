package kr.fundflow.platform.web;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Problem details for every error, strict JSON reading on the money path, and keep-alive
 * connections that never stop reading.
 */
@AutoConfiguration
public class WebAutoConfiguration {

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	ProblemDetailsErrorHandler problemDetailsErrorHandler(JsonMapper jsonMapper) {
		return new ProblemDetailsErrorHandler(jsonMapper);
	}

	/**
	 * Refuses {@code 1.5} where whole won are expected instead of silently truncating,
	 * trailing garbage after the JSON document, and (on services) fields a client may not
	 * set, such as {@code committed}.
	 */
	@Bean
	JsonMapperBuilderCustomizer strictMoneyJson() {
		return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	@Bean
	@ConditionalOnProperty(name = "fundflow.web.reject-unknown-fields", havingValue = "true", matchIfMissing = true)
	JsonMapperBuilderCustomizer rejectUnknownFields() {
		return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	/** See {@link ResumeReadAfterExchange} and {@link KeepAliveReadFix}. */
	@Bean
	NettyServerCustomizer resumeReadAfterExchange() {
		return ResumeReadAfterExchange::install;
	}

}
