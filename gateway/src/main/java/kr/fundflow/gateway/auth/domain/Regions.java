package kr.fundflow.gateway.auth.domain;

import java.util.List;

/** The 17 metropolitan-level regions of SPEC §2, as the codes tokens carry. */
public final class Regions {

	public static final List<String> CODES = List.of("SEOUL", "BUSAN", "DAEGU", "INCHEON", "GWANGJU", "DAEJEON",
			"ULSAN", "SEJONG", "GYEONGGI", "GANGWON", "CHUNGBUK", "CHUNGNAM", "JEONBUK", "JEONNAM", "GYEONGBUK",
			"GYEONGNAM", "JEJU");

	private Regions() {
	}

	public static boolean isKnown(String code) {
		return CODES.contains(code);
	}

}
