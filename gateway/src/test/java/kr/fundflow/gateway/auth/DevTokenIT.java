package kr.fundflow.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import kr.fundflow.gateway.support.StubService;
import kr.fundflow.gateway.support.TestKeyPair;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local profile's sign-in: tokens minted here are accepted by the gateway (and
 * services).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@ActiveProfiles("local")
class DevTokenIT {

	private static final TestKeyPair KEYS = TestKeyPair.generate();

	private static final StubService SERVICES = StubService.start("fund");

	@DynamicPropertySource
	static void gateway(DynamicPropertyRegistry registry) {
		registry.add("fundflow.services.fund", () -> SERVICES.url().toString());
		registry.add("fundflow.services.company", () -> SERVICES.url().toString());
		registry.add("fundflow.services.matching", () -> SERVICES.url().toString());
		registry.add("fundflow.security.jwt.public-key-location", KEYS::publicKeyLocation);
		registry.add("fundflow.dev-token.private-key-location", KEYS::privateKeyLocation);
	}

	@Autowired
	WebTestClient http;

	@Test
	void aMintedTokenCarriesTheIdentityForEightHoursAndOpensTheApi() throws Exception {
		Map<?, ?> minted = mint("{\"subject\":\"wg-gyeongbuk-1\",\"role\":\"WORKING_GROUP\",\"region\":\"GYEONGBUK\"}");
		String token = (String) minted.get("token");

		SignedJWT jwt = SignedJWT.parse(token);
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.verify(new RSASSAVerifier(KEYS.publicKey()))).isTrue();
		var claims = jwt.getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("wg-gyeongbuk-1");
		assertThat(claims.getStringClaim("role")).isEqualTo("WORKING_GROUP");
		assertThat(claims.getStringClaim("region")).isEqualTo("GYEONGBUK");
		assertThat(claims.getIssuer()).isEqualTo("fundflow");
		assertThat(claims.getAudience()).containsExactly("fundflow-api");
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofHours(8));
		assertThat(Instant.parse((String) minted.get("expiresAt"))).isEqualTo(claims.getExpirationTime().toInstant());

		this.http.get()
			.uri("/api/matches")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.authorization")
			.isEqualTo("Bearer " + token);
	}

	@Test
	void twoTokensForTheSameIdentityHaveDifferentIds() throws Exception {
		String body = "{\"subject\":\"fund-operator\",\"role\":\"OPERATOR\"}";
		String first = SignedJWT.parse((String) mint(body).get("token")).getJWTClaimsSet().getJWTID();
		String second = SignedJWT.parse((String) mint(body).get("token")).getJWTClaimsSet().getJWTID();
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void aMinistryTokenHasNoRegion() throws Exception {
		String token = (String) mint("{\"subject\":\"ministry-analyst\",\"role\":\"MINISTRY\"}").get("token");
		assertThat(SignedJWT.parse(token).getJWTClaimsSet().getClaim("region")).isNull();
	}

	@Test
	void anUnknownRoleIsRefusedNamingRole() {
		refused("{\"subject\":\"x\",\"role\":\"ADMIN\"}", "role");
		refused("{\"subject\":\"x\"}", "role");
	}

	@Test
	void aWorkingGroupNeedsAKnownRegion() {
		refused("{\"subject\":\"wg-x\",\"role\":\"WORKING_GROUP\"}", "region");
		refused("{\"subject\":\"wg-x\",\"role\":\"WORKING_GROUP\",\"region\":\"POHANG\"}", "region");
		refused("{\"subject\":\"wg-x\",\"role\":\"WORKING_GROUP\",\"region\":\"gyeongbuk\"}", "region");
	}

	@Test
	void onlyWorkingGroupsCarryARegion() {
		refused("{\"subject\":\"op\",\"role\":\"OPERATOR\",\"region\":\"SEOUL\"}", "region");
	}

	@Test
	void aSubjectIsRequired() {
		refused("{\"role\":\"MINISTRY\"}", "subject");
		refused("{\"subject\":\"\",\"role\":\"MINISTRY\"}", "subject");
	}

	@Test
	void malformedJsonIs400ProblemDetails() {
		this.http.post()
			.uri("/auth/dev-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"subject\":")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theDemoUsersCoverEveryRoleAndTwoMembersPerDemoRegionAndEachCanSignIn() {
		List<Map<String, Object>> users = this.http.get()
			.uri("/auth/demo-users")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(users).extracting(user -> user.get("role")).contains("MINISTRY", "OPERATOR", "OPS", "WORKING_GROUP");
		assertThat(users).extracting(user -> user.get("subject"))
			.contains("wg-gyeongbuk-1", "wg-gyeongbuk-2", "wg-incheon-1", "wg-incheon-2", "wg-gyeonggi-1",
					"wg-gyeonggi-2", "wg-jeonnam-1", "wg-jeonnam-2");
		assertThat(users).filteredOn(user -> "wg-incheon-2".equals(user.get("subject")))
			.singleElement()
			.satisfies(user -> {
				assertThat(user.get("region")).isEqualTo("INCHEON");
				assertThat((String) user.get("nameKo")).isNotBlank();
				assertThat((String) user.get("nameEn")).isNotBlank();
			});
		for (Map<String, Object> user : users) {
			String region = (String) user.get("region");
			mint("{\"subject\":\"" + user.get("subject") + "\",\"role\":\"" + user.get("role") + "\""
					+ ((region != null) ? ",\"region\":\"" + region + "\"" : "") + "}");
		}
	}

	private Map<?, ?> mint(String body) {
		return this.http.post()
			.uri("/auth/dev-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private void refused(String body, String field) {
		this.http.post()
			.uri("/auth/dev-token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

}
