package kr.fundflow.platform.web;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import kr.fundflow.platform.testapp.ThingsApplication;
import kr.fundflow.testsupport.TestJwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the fuzz drill found answered with 500 (they are client mistakes: 400) or not
 * at all.
 */
@SpringBootTest(classes = ThingsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemDetailsIT {

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ThingsApplication.register(registry, "platform_problems");
	}

	@Test
	void aBlankIdInThePathIsA400NamingTheVariable() throws Exception {
		HttpResponse<String> blank = get("/things/%20");

		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.headers().firstValue("Content-Type")).contains("application/problem+json");
		assertThat(blank.body()).contains("\"code\":\"invalid-input\"").contains("\"field\":\"thingId\"");
	}

	@Test
	void anIdThatIsNoUuidIsA400AndAnUnknownOneA404() throws Exception {
		assertThat(get("/things/not-a-uuid").statusCode()).isEqualTo(400);
		assertThat(get("/things/3f2c1f1e-9a7b-4f7e-8d55-0c4f3b9d2a10").statusCode()).isEqualTo(404);
	}

	@Test
	void aNulCharacterInASearchTermIsA400NotADatabaseFailure() throws Exception {
		HttpResponse<String> nul = get("/things?name=a%00b");

		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("\"code\":\"invalid-input\"");
		assertThat(get("/things?name=ab").body()).isEqualTo("0");
	}

	@Autowired
	ApplicationContext context;

	@Test
	void theServerRunsWithTheKeepAliveReadFixes() throws Exception {
		// read by Reactor Netty when its server classes load: proves the fix ran before
		Field setting = Class.forName("reactor.netty.http.server.HttpTrafficHandler")
			.getDeclaredField("LAST_FLUSH_WHEN_NO_READ");
		setting.setAccessible(true);

		assertThat(setting.getBoolean(null)).isTrue();
		assertThat(this.context.getBean("resumeReadAfterExchange")).isInstanceOf(NettyServerCustomizer.class);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", TestJwt.bearer(TestJwt.token("alice", "OPERATOR")))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
