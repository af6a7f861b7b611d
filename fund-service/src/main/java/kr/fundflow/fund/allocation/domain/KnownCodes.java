package kr.fundflow.fund.allocation.domain;

import java.util.List;
import java.util.Set;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * The region, industry and instrument codes of the reference tables at the time of a
 * request.
 */
public record KnownCodes(Set<String> regions, Set<String> industries, Set<String> instruments) {

	public KnownCodes {
		regions = Set.copyOf(regions);
		industries = Set.copyOf(industries);
		instruments = Set.copyOf(instruments);
	}

	/**
	 * Refuses codes the reference tables do not know. Checked before the rest of a plan
	 * so that a mistyped instrument is reported as such, not as terms that do not fit it;
	 * missing lists are left to {@link AllocationPlan}.
	 */
	public void requireKnown(List<String> regionCodes, List<String> industryCodes, String instrument) {
		requireKnown("regions", regionCodes, this.regions);
		requireKnown("industries", industryCodes, this.industries);
		if (instrument != null && !this.instruments.contains(instrument)) {
			throw new InvalidInput("instrument", "unknown instrument " + instrument);
		}
	}

	/** Refuses list filters naming a code the reference tables do not know. */
	public void requireKnownFilters(String region, String industry, String instrument) {
		requireKnownCode("region", region, this.regions);
		requireKnownCode("industry", industry, this.industries);
		requireKnownCode("instrument", instrument, this.instruments);
	}

	private static void requireKnownCode(String field, String code, Set<String> known) {
		if (code != null && !known.contains(code)) {
			throw new InvalidInput(field, "unknown " + field + " code " + code);
		}
	}

	private static void requireKnown(String field, List<String> codes, Set<String> known) {
		if (codes == null) {
			return;
		}
		for (String code : codes) {
			if (code != null && !known.contains(code)) {
				throw new InvalidInput(field, "unknown code " + code + " in " + field);
			}
		}
	}

}
