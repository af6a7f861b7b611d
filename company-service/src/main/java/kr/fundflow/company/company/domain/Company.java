package kr.fundflow.company.company.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A company in the registry: identified by its registration number for life, with a
 * profile that updates replace. {@code revision} starts at 1 and grows by one with every
 * change, so consumers can drop stale copies.
 */
public record Company(BusinessRegistrationNumber brn, CompanyProfile profile, long revision, Instant registeredAt,
		String registeredBy, Instant updatedAt, String updatedBy) {

	/** Founding dates are Korean calendar days, whatever the server's zone. */
	static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	public Company {
		Objects.requireNonNull(brn, "brn");
		Objects.requireNonNull(profile, "profile");
		Objects.requireNonNull(registeredAt, "registeredAt");
		Objects.requireNonNull(updatedAt, "updatedAt");
		if (revision < 1) {
			throw new IllegalArgumentException("revision starts at 1");
		}
	}

	public static Company register(BusinessRegistrationNumber brn, CompanyProfile profile, Instant at, String by) {
		profile.requireFoundedBy(LocalDate.ofInstant(at, KOREA));
		return new Company(brn, profile, 1, at, by, at, by);
	}

	/** The company with the new profile at the next revision. */
	public Company update(CompanyProfile newProfile, Instant at, String by) {
		newProfile.requireFoundedBy(LocalDate.ofInstant(at, KOREA));
		return new Company(this.brn, newProfile, this.revision + 1, this.registeredAt, this.registeredBy, at, by);
	}

	/** Whether an update with this profile would change nothing. */
	public boolean hasProfile(CompanyProfile candidate) {
		return this.profile.equals(candidate);
	}

}
