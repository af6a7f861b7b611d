package kr.fundflow.platform.security;

/** Claim names of our tokens beyond the registered ones. */
public final class JwtClaims {

	public static final String ROLE = "role";

	public static final String REGION = "region";

	private JwtClaims() {
	}

}
