package kr.fundflow.gateway.auth.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.security.Role;

/**
 * Who a local development token speaks for: a subject, one of the four roles, and for a
 * working group its region (SPEC §5). Only valid identities exist.
 */
public record DevIdentity(String subject, Role role, Optional<String> region) {

	private static final Pattern SUBJECT = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

	public DevIdentity {
		if (subject == null || !SUBJECT.matcher(subject).matches()) {
			throw new InvalidInput("subject", "subject must be 1-64 letters, digits or . _ @ -");
		}
		if (role == null) {
			throw new InvalidInput("role", "role is required: one of " + Arrays.toString(Role.values()));
		}
		if (role == Role.WORKING_GROUP && region.isEmpty()) {
			throw new InvalidInput("region", "a WORKING_GROUP token needs a region: one of " + Regions.CODES);
		}
		if (role != Role.WORKING_GROUP && region.isPresent()) {
			throw new InvalidInput("region", "only WORKING_GROUP tokens carry a region");
		}
		region.ifPresent(code -> {
			if (!Regions.isKnown(code)) {
				throw new InvalidInput("region", "unknown region " + code + ": one of " + Regions.CODES);
			}
		});
	}

	/** Reads what a client sent, naming the field that is wrong. */
	public static DevIdentity of(String subject, String role, String region) {
		return new DevIdentity(subject, roleNamed(role), Optional.ofNullable(region).filter(code -> !code.isBlank()));
	}

	private static Role roleNamed(String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		return Arrays.stream(Role.values())
			.filter(candidate -> candidate.name().equals(role))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("role",
					"unknown role " + role + ": one of " + Arrays.toString(Role.values())));
	}

}
