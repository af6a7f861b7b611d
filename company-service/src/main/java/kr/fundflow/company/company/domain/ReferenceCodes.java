package kr.fundflow.company.company.domain;

import java.util.List;
import java.util.Set;

import kr.fundflow.platform.errors.InvalidInput;

/**
 * The codes a company may use, as the reference tables hold them today: regions,
 * industries and instruments (shared reference data) and certifications (this service's
 * own).
 */
public record ReferenceCodes(Set<String> regions, Set<String> industries, Set<String> instruments,
		Set<String> certifications) {

	public ReferenceCodes {
		regions = Set.copyOf(regions);
		industries = Set.copyOf(industries);
		instruments = Set.copyOf(instruments);
		certifications = Set.copyOf(certifications);
	}

	/** Refuses the first unknown code, naming where it was found. */
	public void requireKnown(CompanyProfile profile) {
		requireRegion("region", profile.region());
		requireAll("industries", profile.industries(), this.industries);
		requireAll("certifications", profile.certifications(), this.certifications);
		for (int i = 0; i < profile.demands().size(); i++) {
			requireAll("demands[" + i + "].instruments", profile.demands().get(i).instruments(), this.instruments);
		}
	}

	public void requireRegion(String field, String code) {
		require(field, code, this.regions, "region");
	}

	public void requireIndustry(String field, String code) {
		require(field, code, this.industries, "industry");
	}

	public void requireCertification(String field, String code) {
		require(field, code, this.certifications, "certification");
	}

	private static void requireAll(String field, List<String> codes, Set<String> known) {
		for (int i = 0; i < codes.size(); i++) {
			require(field + "[" + i + "]", codes.get(i), known, field);
		}
	}

	private static void require(String field, String code, Set<String> known, String kind) {
		if (!known.contains(code)) {
			throw new InvalidInput(field, "Unknown " + kind + " code " + code + " in " + field);
		}
	}

}
