package kr.fundflow.localstack;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.fundflow.localstack.LocalStackOptions.UsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackOptionsTests {

	private static LocalStackOptions parse(String... args) {
		return LocalStackOptions.parse(args, Map.of());
	}

	@Test
	void defaultsStartEverythingWithDemoDataInDotLocalStack() {
		LocalStackOptions options = parse();
		assertThat(options.dataDir()).isEqualTo(Path.of(".local-stack").toAbsolutePath().normalize());
		assertThat(options.portOffset()).isZero();
		assertThat(options.reset()).isFalse();
		assertThat(options.demoData()).isTrue();
		assertThat(options.infraOnly()).isFalse();
		assertThat(options.help()).isFalse();
	}

	@Test
	void readsEveryFlag() {
		LocalStackOptions options = parse("--reset", "--data-dir=target/it-stack", "--port-offset=100",
				"--no-demo-data", "--infra-only");
		assertThat(options.dataDir()).isEqualTo(Path.of("target/it-stack").toAbsolutePath().normalize());
		assertThat(options.portOffset()).isEqualTo(100);
		assertThat(options.reset()).isTrue();
		assertThat(options.demoData()).isFalse();
		assertThat(options.infraOnly()).isTrue();
	}

	@Test
	void acceptsValuesAsTheNextArgument() {
		LocalStackOptions options = parse("--data-dir", "/tmp/stack", "--port-offset", "7");
		assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack").toAbsolutePath());
		assertThat(options.portOffset()).isEqualTo(7);
	}

	@Test
	void dataDirComesFromTheEnvironmentUnlessGivenAsFlag() {
		Map<String, String> env = Map.of("FUNDFLOW_DATA_DIR", "/srv/fundflow");
		assertThat(LocalStackOptions.parse(new String[0], env).dataDir()).isEqualTo(Path.of("/srv/fundflow"));
		assertThat(LocalStackOptions.parse(new String[] { "--data-dir=/other" }, env).dataDir())
			.isEqualTo(Path.of("/other"));
	}

	@Test
	void helpIsRecognisedInBothSpellings() {
		assertThat(parse("--help").help()).isTrue();
		assertThat(parse("-h").help()).isTrue();
		assertThat(LocalStackOptions.usage()).contains("--port-offset=N", "--reset", "--no-demo-data",
				"--data-dir=PATH");
	}

	@Test
	void rejectsUnknownOptionsAndBadValuesWithOneLine() {
		assertThatThrownBy(() -> parse("--frobnicate")).isInstanceOf(UsageException.class)
			.hasMessage("unknown option --frobnicate");
		assertThatThrownBy(() -> parse("--port-offset=abc")).isInstanceOf(UsageException.class)
			.hasMessageContaining("whole number");
		assertThatThrownBy(() -> parse("--port-offset=-1")).isInstanceOf(UsageException.class)
			.hasMessageContaining("between 0 and");
		assertThatThrownBy(() -> parse("--port-offset=60000")).isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> parse("--data-dir=")).isInstanceOf(UsageException.class);
		assertThatThrownBy(() -> parse("--port-offset")).isInstanceOf(UsageException.class)
			.hasMessageContaining("needs a value");
	}

	@Test
	void portOffsetShiftsEveryPort() {
		StackPorts ports = new StackPorts(100);
		assertThat(ports.gateway()).isEqualTo(8180);
		assertThat(ports.fundService()).isEqualTo(8181);
		assertThat(ports.companyService()).isEqualTo(8182);
		assertThat(ports.matchingService()).isEqualTo(8183);
		assertThat(ports.kafkaBroker()).isEqualTo(9192);
		assertThat(ports.kafkaController()).isEqualTo(9193);
		assertThat(ports.embeddedPostgres()).isEqualTo(5533);
	}

}
