package kr.fundflow.fund.flow.application;

import kr.fundflow.fund.flow.domain.Subject;

/** Reference names of a region and an industry, for feed lines. */
public record PlaceNames(String regionKo, String regionEn, String industryKo, String industryEn) {

	/** e.g. "경상북도 수소" and "North Gyeongsang · Hydrogen". */
	Subject subject() {
		return new Subject(this.regionKo + " " + this.industryKo, this.regionEn + " · " + this.industryEn);
	}

}
