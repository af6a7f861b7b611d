package kr.fundflow.fund.flow.domain;

/**
 * Where an amount is counted: a region, an industry and a growth stage (reference codes).
 * An allocation counts under its first region, first industry and first stage; a match
 * under the region, industry and stage its events name.
 */
public record Attribution(String region, String industry, String growthStage) {

	public Attribution {
		if (region == null || industry == null || growthStage == null) {
			throw new IllegalArgumentException("An attribution needs a region, an industry and a growth stage: "
					+ region + ", " + industry + ", " + growthStage);
		}
	}

}
