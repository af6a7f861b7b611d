package kr.fundflow.gateway.auth.domain;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import kr.fundflow.platform.errors.InvalidInput;
import kr.fundflow.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevIdentityTests {

	@Test
	void aWorkingGroupMemberSpeaksForOneRegion() {
		DevIdentity member = DevIdentity.of("wg-jeonnam-2", "WORKING_GROUP", "JEONNAM");
		assertThat(member.role()).isEqualTo(Role.WORKING_GROUP);
		assertThat(member.region()).contains("JEONNAM");
	}

	@Test
	void theOtherRolesHaveNoRegion() {
		assertThat(DevIdentity.of("ops-engineer", "OPS", null).region()).isEmpty();
		assertThat(DevIdentity.of("ministry-analyst", "MINISTRY", " ").region()).isEmpty();
	}

	@Test
	void refusesARoleThatDoesNotExist() {
		assertRefused(() -> DevIdentity.of("x", "ADMIN", null), "role");
		assertRefused(() -> DevIdentity.of("x", "operator", null), "role");
		assertRefused(() -> DevIdentity.of("x", null, null), "role");
	}

	@Test
	void refusesAWorkingGroupWithoutAKnownRegion() {
		assertRefused(() -> DevIdentity.of("wg", "WORKING_GROUP", null), "region");
		assertRefused(() -> DevIdentity.of("wg", "WORKING_GROUP", "POHANG"), "region");
	}

	@Test
	void refusesARegionOnARoleThatSeesAllRegions() {
		assertRefused(() -> DevIdentity.of("op", "OPERATOR", "SEOUL"), "region");
	}

	@Test
	void refusesASubjectThatCouldNotBeALoginName() {
		assertRefused(() -> DevIdentity.of(null, "MINISTRY", null), "subject");
		assertRefused(() -> DevIdentity.of("", "MINISTRY", null), "subject");
		assertRefused(() -> DevIdentity.of("two words", "MINISTRY", null), "subject");
		assertRefused(() -> DevIdentity.of("x".repeat(65), "MINISTRY", null), "subject");
	}

	@Test
	void knowsTheSeventeenRegions() {
		assertThat(Regions.CODES).hasSize(17).doesNotHaveDuplicates().contains("SEJONG", "JEJU", "GYEONGBUK");
	}

	@Test
	void theDemoOffersEveryRoleAndTwoWorkingGroupMembersPerDemoRegion() {
		assertThat(DemoUsers.ALL).extracting(user -> user.identity().role())
			.contains(Role.MINISTRY, Role.OPERATOR, Role.OPS);
		for (String region : new String[] { "GYEONGBUK", "INCHEON", "GYEONGGI", "JEONNAM" }) {
			assertThat(DemoUsers.ALL).filteredOn(user -> user.identity().region().equals(Optional.of(region)))
				.extracting(user -> user.identity().subject())
				.containsExactly("wg-" + region.toLowerCase(java.util.Locale.ROOT) + "-1",
						"wg-" + region.toLowerCase(java.util.Locale.ROOT) + "-2");
		}
		assertThat(DemoUsers.ALL).extracting(user -> user.identity().subject()).doesNotHaveDuplicates();
	}

	private static void assertRefused(Runnable attempt, String field) {
		assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.field()).isEqualTo(field));
	}

}
