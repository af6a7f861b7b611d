package kr.fundflow.matching.match.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region reference data: codes in display order, each with its capital-area flag
 * (SEOUL, INCHEON and GYEONGGI are the capital area; every other region counts toward the
 * regional earmark).
 */
public record Regions(Map<String, Boolean> capitalAreaByCode) {

	public Regions {
		capitalAreaByCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(capitalAreaByCode));
	}

	public boolean contains(String code) {
		return this.capitalAreaByCode.containsKey(code);
	}

	/**
	 * Unknown regions are treated as capital area: no earmark credit without evidence.
	 */
	public boolean isCapitalArea(String code) {
		return this.capitalAreaByCode.getOrDefault(code, true);
	}

	public List<String> codes() {
		return List.copyOf(this.capitalAreaByCode.keySet());
	}

}
