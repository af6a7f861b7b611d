package kr.fundflow.gateway.auth.application;

import kr.fundflow.gateway.auth.domain.TokenClaims;

/** Turns claims into a compact signed JWT that the services accept. */
public interface TokenSigner {

	String sign(TokenClaims claims);

}
