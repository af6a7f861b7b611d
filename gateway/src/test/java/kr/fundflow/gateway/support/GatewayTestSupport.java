package kr.fundflow.gateway.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.testsupport.TestJwt;

/**
 * One gateway (one Spring context, shared by the test classes that extend this) in front
 * of three stub services on random ports, checking tokens signed by {@link TestJwt}.
 * Pages are served from a test-only static folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
public abstract class GatewayTestSupport {

	protected static final StubService FUND = StubService.start("fund");

	protected static final StubService COMPANY = StubService.start("company");

	protected static final StubService MATCHING = StubService.start("matching");

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("fundflow.services.fund", () -> FUND.url().toString());
		registry.add("fundflow.services.company", () -> COMPANY.url().toString());
		registry.add("fundflow.services.matching", () -> MATCHING.url().toString());
		registry.add("fundflow.security.jwt.public-key-location", TestJwt::publicKeyLocation);
		registry.add("spring.cloud.gateway.server.webflux.httpclient.response-timeout", () -> "3s");
		registry.add("spring.web.resources.static-locations", () -> "classpath:/static/,classpath:/test-static/");
	}

	@Autowired
	protected WebTestClient http;

	protected static String bearer(String subject, String role) {
		return TestJwt.bearer(TestJwt.token(subject, role));
	}

	protected static String bearer(String subject, String role, String region) {
		return TestJwt.bearer(TestJwt.token(subject, role, region));
	}

}
