package kr.fundflow.fund.flow.domain;

import java.util.Locale;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * How flows are broken down: by region, industry, instrument, channel, growth stage, or
 * capital area against the rest of the country.
 */
public enum GroupBy {

	REGION, INDUSTRY, INSTRUMENT, CHANNEL, STAGE, CAPITAL;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Reads the {@code groupBy} parameter; anything else is a 400 naming it. */
	public static GroupBy parse(String field, String key) {
		for (GroupBy groupBy : values()) {
			if (groupBy.key().equals(key)) {
				return groupBy;
			}
		}
		throw new InvalidInput(field,
				field + " must be one of region, industry, instrument, channel, stage, capital (was " + key + ")");
	}

}
