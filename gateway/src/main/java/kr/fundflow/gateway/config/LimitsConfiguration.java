package kr.fundflow.gateway.config;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import kr.fundflow.gateway.limits.RequestBodyLimit;
import kr.fundflow.gateway.routing.DownstreamFailures;

/**
 * Request size limit, and problem details for what goes wrong on the way to a service.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	@Bean
	RequestBodyLimit requestBodyLimit(@Value("${fundflow.limits.max-request-body:64KB}") DataSize maxRequestBody) {
		return new RequestBodyLimit(maxRequestBody);
	}

	@Bean
	DownstreamFailures downstreamFailures(JsonMapper jsonMapper) {
		return new DownstreamFailures(jsonMapper);
	}

}
