package kr.fundflow.company.company.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

import kr.fundflow.platform.errors.InvalidInput;

/** SPEC §2 growth stages: 창업, 성장, 확장, 도약. */
public enum GrowthStage {

	STARTUP, GROWTH, EXPANSION, LEAP;

	private static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

	/** Reads a stage code; {@code field} names the input for the refusal. */
	public static GrowthStage parse(String code, String field) {
		for (GrowthStage stage : values()) {
			if (stage.name().equals(code)) {
				return stage;
			}
		}
		throw new InvalidInput(field, field + " must be one of " + NAMES);
	}

}
