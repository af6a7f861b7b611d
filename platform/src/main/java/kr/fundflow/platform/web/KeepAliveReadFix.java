package kr.fundflow.platform.web;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns on Reactor Netty's {@code reactor.netty.http.server.lastFlushWhenNoRead} before
 * any server starts, unless it was set explicitly.
 * <p>
 * Reactor Netty 1.3.6 (ours; 1.3.7 too) can lose the read of a request that arrives on a
 * keep-alive connection before the previous exchange has fully ended (typically right
 * after an error answer sent before the body was read): that request never gets an
 * answer. With this setting the previous exchange is ended when the next request arrives,
 * and the request is handled at once. Measured on company-service with 8 keep-alive
 * connections: 27 of 2 400 bad requests unanswered without it, 0 of 12 000 with it
 * (docs/adr/0005). {@link ResumeReadAfterExchange} closes the other way into the same
 * lost read. Remove both with the move to Reactor Netty 1.3.8, which fixes the read
 * itself.
 */
public class KeepAliveReadFix implements EnvironmentPostProcessor {

	static final String PROPERTY = "reactor.netty.http.server.lastFlushWhenNoRead";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (System.getProperty(PROPERTY) == null) {
			// read once, when Reactor Netty's HTTP server classes load: after this point
			System.setProperty(PROPERTY, "true");
		}
	}

}
