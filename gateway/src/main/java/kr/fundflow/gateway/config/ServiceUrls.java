package kr.fundflow.gateway.config;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services answer ({@code FUND_SERVICE_URL}, {@code COMPANY_SERVICE_URL},
 * {@code MATCHING_SERVICE_URL}); the routes in application.yml use the same values.
 */
@ConfigurationProperties("fundflow.services")
public record ServiceUrls(URI fund, URI company, URI matching) {

}
