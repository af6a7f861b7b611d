package kr.fundflow.fund.allocation.domain;

import kr.fundflow.platform.errors.InvalidInput;

/** SPEC §2 growth stages: 창업, 성장, 확장, 도약. */
public enum GrowthStage {

	STARTUP, GROWTH, EXPANSION, LEAP;

	/** Reads a stage code sent by a client; anything else is a 400 naming the field. */
	public static GrowthStage parse(String field, String code) {
		if (code != null) {
			for (GrowthStage stage : values()) {
				if (stage.name().equals(code)) {
					return stage;
				}
			}
		}
		throw new InvalidInput(field, "unknown stage " + code + "; expected one of STARTUP, GROWTH, EXPANSION, LEAP");
	}

}
