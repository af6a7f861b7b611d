package kr.fundflow.gateway.auth.web;

import java.time.Instant;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import kr.fundflow.gateway.auth.application.IssuedToken;
import kr.fundflow.gateway.auth.application.MintDevToken;
import kr.fundflow.gateway.auth.domain.DemoUsers;
import kr.fundflow.gateway.auth.domain.DemoUsers.DemoUser;
import kr.fundflow.gateway.auth.domain.DevIdentity;
import kr.fundflow.platform.errors.InvalidInput;

/**
 * Local sign-in (SPEC §5.1): tokens for demo identities without an identity provider.
 * Exists only in the {@code local} profile; elsewhere these paths answer 404.
 */
@RestController
@Profile("local")
@RequestMapping("/auth")
class DevAuthController {

	private final MintDevToken mintDevToken;

	DevAuthController(MintDevToken mintDevToken) {
		this.mintDevToken = mintDevToken;
	}

	record DevTokenRequest(String subject, String role, String region) {
	}

	record DevTokenResponse(String token, String tokenType, Instant expiresAt, String subject, String role,
			String region) {

		static DevTokenResponse of(IssuedToken issued) {
			DevIdentity identity = issued.identity();
			return new DevTokenResponse(issued.token(), "Bearer", issued.expiresAt(), identity.subject(),
					identity.role().name(), identity.region().orElse(null));
		}

	}

	record DemoUserResponse(String subject, String role, String region, String nameKo, String nameEn) {

		static DemoUserResponse of(DemoUser user) {
			DevIdentity identity = user.identity();
			return new DemoUserResponse(identity.subject(), identity.role().name(), identity.region().orElse(null),
					user.nameKo(), user.nameEn());
		}

	}

	@PostMapping("/dev-token")
	DevTokenResponse devToken(@RequestBody(required = false) DevTokenRequest request) {
		if (request == null) {
			throw new InvalidInput("subject", "a body {\"subject\", \"role\", \"region\"?} is required");
		}
		DevIdentity identity = DevIdentity.of(request.subject(), request.role(), request.region());
		return DevTokenResponse.of(this.mintDevToken.mint(identity));
	}

	@GetMapping("/demo-users")
	List<DemoUserResponse> demoUsers() {
		return DemoUsers.ALL.stream().map(DemoUserResponse::of).toList();
	}

}
