package kr.fundflow.platform.security;

import java.util.Optional;

/**
 * Who sent the request, as the verified token says.
 *
 * @param subject the token's {@code sub}
 * @param role the token's {@code role}
 * @param region the token's {@code region}: set for working groups, else empty
 */
public record Caller(String subject, Role role, Optional<String> region) {

	public boolean is(Role candidate) {
		return this.role == candidate;
	}

	/**
	 * Whether this caller may see data of {@code dataRegion}: everyone but working groups
	 * sees all.
	 */
	public boolean canSeeRegion(String dataRegion) {
		return this.role != Role.WORKING_GROUP || this.region.map(r -> r.equals(dataRegion)).orElse(false);
	}

}
