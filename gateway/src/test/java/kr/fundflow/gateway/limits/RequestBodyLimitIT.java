package kr.fundflow.gateway.limits;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import kr.fundflow.gateway.support.GatewayTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitIT extends GatewayTestSupport {

	private static final int LIMIT = 64 * 1024;

	@Test
	void aBodyDeclaredOver64KiBIsRefusedWith413BeforeReachingTheService() {
		String path = "/api/funds/" + UUID.randomUUID() + "/allocations";
		this.http.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer("op-1", "OPERATOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(jsonOfSize(LIMIT + 1024))
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("payload-too-large")
			.jsonPath("$.detail")
			.isEqualTo("The request body exceeds the limit of 64 KiB");
		assertThat(FUND.receivedPath(path)).isFalse();
	}

	@Test
	void aStreamedBodyWithoutLengthIsCutOffAt64KiBWith413() {
		byte[] json = jsonOfSize(LIMIT + 1024);
		Flux<DataBuffer> chunks = Flux.range(0, (json.length + 4095) / 4096)
			.map(i -> DefaultDataBufferFactory.sharedInstance
				.wrap(Arrays.copyOfRange(json, i * 4096, Math.min(json.length, (i + 1) * 4096))));
		String path = "/api/funds/" + UUID.randomUUID() + "/allocations";
		this.http.post()
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer("op-1", "OPERATOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(chunks, DataBuffer.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("payload-too-large");
		assertThat(FUND.receivedPath(path)).isFalse();
	}

	@Test
	void aBodyOfExactly64KiBIsRelayedWhole() {
		byte[] json = jsonOfSize(LIMIT);
		this.http.post()
			.uri("/api/funds")
			.header(HttpHeaders.AUTHORIZATION, bearer("op-1", "OPERATOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.body")
			.isEqualTo(new String(json, StandardCharsets.UTF_8));
	}

	/** A JSON document of exactly {@code size} bytes. */
	private static byte[] jsonOfSize(int size) {
		String prefix = "{\"padding\":\"";
		String suffix = "\"}";
		return (prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix)
			.getBytes(StandardCharsets.UTF_8);
	}

}
