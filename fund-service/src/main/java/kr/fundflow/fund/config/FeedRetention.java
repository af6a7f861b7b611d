package kr.fundflow.fund.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kr.fundflow.fund.flow.application.TrimFeed;
import kr.fundflow.platform.lifecycle.PeriodicPurge;

/** Trims the stored live feed every {@code fundflow.feed.trim-interval} (1 h). */
@Configuration(proxyBeanMethods = false)
class FeedRetention {

	@Bean
	PeriodicPurge feedTrimming(TrimFeed trimFeed, @Value("${fundflow.feed.trim-interval:1h}") Duration interval) {
		return new PeriodicPurge("feed lines past their retention", interval, trimFeed::trim);
	}

}
