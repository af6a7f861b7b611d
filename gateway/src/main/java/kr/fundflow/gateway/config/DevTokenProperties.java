package kr.fundflow.gateway.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Local development tokens.
 *
 * @param privateKeyLocation PKCS#8 PEM of the private key whose public half the services
 * trust ({@code JWT_PRIVATE_KEY_LOCATION})
 * @param timeToLive how long a minted token is valid
 */
@ConfigurationProperties("fundflow.dev-token")
public record DevTokenProperties(Resource privateKeyLocation, @DefaultValue("8h") Duration timeToLive) {

}
