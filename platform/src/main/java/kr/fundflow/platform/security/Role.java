package kr.fundflow.platform.security;

/** The roles of SPEC §5, carried in the token's {@code role} claim. */
public enum Role {

	/** Reads everything. */
	MINISTRY,

	/** Manages funds and allocations, records disbursements. */
	OPERATOR,

	/** Reads and reviews the matches of its own {@code region} only. */
	WORKING_GROUP,

	/** Metrics and health. */
	OPS;

	public String authority() {
		return "ROLE_" + name();
	}

}
