package kr.fundflow.gateway.config;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import kr.fundflow.gateway.auth.application.MintDevToken;
import kr.fundflow.gateway.auth.jwt.RsaTokenSigner;
import kr.fundflow.platform.security.JwtDecoders;
import kr.fundflow.platform.security.JwtProperties;

/**
 * {@code POST /auth/dev-token} in the local profile only. Refuses to start with a private
 * key that does not match the public key the tokens are checked with, which would mint
 * tokens that every service refuses.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class DevTokenConfiguration {

	@Bean
	MintDevToken mintDevToken(DevTokenProperties devTokens, JwtProperties jwt, Clock clock) {
		if (devTokens.privateKeyLocation() == null || !devTokens.privateKeyLocation().exists()) {
			throw new IllegalStateException("The local profile mints development tokens and needs the private key:"
					+ " set JWT_PRIVATE_KEY_LOCATION (e.g. file:/keys/jwt-private.pem, PKCS#8 PEM)");
		}
		RSAPrivateKey privateKey = RsaTokenSigner.readPrivateKey(devTokens.privateKeyLocation());
		RSAPublicKey publicKey = JwtDecoders.readPublicKey(jwt.publicKeyLocation());
		if (!privateKey.getModulus().equals(publicKey.getModulus())) {
			throw new IllegalStateException("JWT_PRIVATE_KEY_LOCATION (" + devTokens.privateKeyLocation()
					+ ") is not the private half of JWT_PUBLIC_KEY_LOCATION (" + jwt.publicKeyLocation() + ")");
		}
		return new MintDevToken(new RsaTokenSigner(privateKey), clock, jwt.issuer(), jwt.audience(),
				devTokens.timeToLive());
	}

}
