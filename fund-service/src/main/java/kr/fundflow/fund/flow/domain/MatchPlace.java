package kr.fundflow.fund.flow.domain;

/**
 * Where a match's own event says it belongs: region and industry always, the growth stage
 * when the event carries it (a withdrawal does not).
 */
public record MatchPlace(String region, String industry, String growthStage) {

	public MatchPlace {
		if (region == null || industry == null) {
			throw new IllegalArgumentException("A match event names its region and industry");
		}
	}

}
