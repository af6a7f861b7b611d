package kr.fundflow.drills;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DrillOptionsTests {

	private static final Path JAR = Path.of("/repo/drills/target/drills.jar");

	@Test
	void defaultsAreAFullRunBesideTheCheckout() {
		DrillOptions options = DrillOptions.parse(new String[0], Map.of(), JAR);
		assertThat(options.quick()).isFalse();
		assertThat(options.only()).isEmpty();
		assertThat(options.portOffset()).isEqualTo(500);
		assertThat(options.workDir()).isEqualTo(Path.of("/repo/drills/target/drill-run"));
		assertThat(options.postgresOutage()).isEqualTo("proxy");
		assertThat(options.postgres().jdbcUrl("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
	}

	@Test
	void flagsTakeTheirValueAfterAnEqualsSignOrAsTheNextArgument() {
		DrillOptions options = DrillOptions.parse(new String[] { "--quick", "--seed", "42", "--only=fuzz,replay",
				"--port-offset=600", "--pg-outage", "cluster" }, Map.of("PG_PORT", "5544"), JAR);
		assertThat(options.quick()).isTrue();
		assertThat(options.seed()).isEqualTo(42);
		assertThat(options.only()).isEqualTo(Set.of("fuzz", "replay"));
		assertThat(options.runs("fuzz")).isTrue();
		assertThat(options.runs("poison")).isFalse();
		assertThat(options.portOffset()).isEqualTo(600);
		assertThat(options.postgresOutage()).isEqualTo("cluster");
		assertThat(options.postgres().port()).isEqualTo(5544);
	}

	@Test
	void unknownFlagsAndOutageModesAreRefused() {
		assertThatThrownBy(() -> DrillOptions.parse(new String[] { "--fast" }, Map.of(), JAR))
			.hasMessage("unknown option --fast");
		assertThatThrownBy(() -> DrillOptions.parse(new String[] { "--pg-outage=pull-the-plug" }, Map.of(), JAR))
			.hasMessage("--pg-outage must be proxy or cluster");
		assertThatThrownBy(() -> DrillOptions.parse(new String[] { "--seed" }, Map.of(), JAR))
			.hasMessage("--seed needs a value");
	}

}
