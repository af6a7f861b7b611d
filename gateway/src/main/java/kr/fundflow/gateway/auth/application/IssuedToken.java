package kr.fundflow.gateway.auth.application;

import java.time.Instant;

import kr.fundflow.gateway.auth.domain.DevIdentity;

/** A minted token and what it is good for. */
public record IssuedToken(String token, Instant expiresAt, DevIdentity identity) {

}
