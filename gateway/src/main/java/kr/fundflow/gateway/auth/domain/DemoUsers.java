package kr.fundflow.gateway.auth.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kr.fundflow.platform.security.Role;

/**
 * The people of the local demo, offered on the sign-in page: one of each role, and two
 * members of each demo region's working group, so that four-eyes reviews can be tried.
 */
public final class DemoUsers {

	/** Regions of the demo data (SPEC §1, the seed articles). */
	public static final List<DemoRegion> REGIONS = List.of(new DemoRegion("GYEONGBUK", "경북", "Gyeongbuk"),
			new DemoRegion("INCHEON", "인천", "Incheon"), new DemoRegion("GYEONGGI", "경기", "Gyeonggi"),
			new DemoRegion("JEONNAM", "전남", "Jeonnam"));

	public static final List<DemoUser> ALL = all();

	private DemoUsers() {
	}

	private static List<DemoUser> all() {
		List<DemoUser> users = new ArrayList<>();
		users.add(new DemoUser(new DevIdentity("ministry-analyst", Role.MINISTRY, Optional.empty()), "부처 분석관",
				"Ministry analyst"));
		users.add(new DemoUser(new DevIdentity("fund-operator", Role.OPERATOR, Optional.empty()), "운용기관 담당자",
				"Fund operator"));
		users.add(new DemoUser(new DevIdentity("ops-engineer", Role.OPS, Optional.empty()), "운영 엔지니어", "Ops engineer"));
		for (DemoRegion region : REGIONS) {
			for (int member = 1; member <= 2; member++) {
				String subject = "wg-" + region.code().toLowerCase(Locale.ROOT) + "-" + member;
				users.add(new DemoUser(new DevIdentity(subject, Role.WORKING_GROUP, Optional.of(region.code())),
						region.nameKo() + " 지역 협의체 위원 " + member, region.nameEn() + " working group member " + member));
			}
		}
		return List.copyOf(users);
	}

	public record DemoRegion(String code, String nameKo, String nameEn) {
	}

	/** A demo identity and how the sign-in page names it. */
	public record DemoUser(DevIdentity identity, String nameKo, String nameEn) {
	}

}
