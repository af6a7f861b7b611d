package kr.fundflow.matching.match.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A key of the eligibility index: a company and an allocation can match only if they
 * share one such pair.
 */
public record RegionIndustry(String region, String industry) {

	/** Every pair of the regions and industries given. */
	public static Set<RegionIndustry> crossOf(Collection<String> regions, Collection<String> industries) {
		Set<RegionIndustry> pairs = new LinkedHashSet<>();
		for (String region : regions) {
			for (String industry : industries) {
				pairs.add(new RegionIndustry(region, industry));
			}
		}
		return pairs;
	}

}
