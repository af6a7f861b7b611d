package kr.fundflow.localstack.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kr.fundflow.localstack.StartupFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChildProcessTests {

	@TempDir
	Path logs;

	@Test
	void aServiceThatDiesDuringStartUpIsNamedWithItsLog() throws Exception {
		Path log = this.logs.resolve("fund-service.log");
		ServiceSpec spec = new ServiceSpec("fund-service", 1, Map.of("FUNDFLOW_PARENT_PID", "1"));
		// a JVM that cannot find its main class exits with code 1 at once
		List<String> command = JavaCommand.mainClass(List.of(), NoSuchMain.class, List.of());
		command.set(command.size() - 1, "kr.fundflow.DoesNotExist");
		ChildProcess child = ChildProcess.start(spec.name(), command, spec.environment(), log);
		child.process().waitFor();

		assertThatThrownBy(child::requireAlive).isInstanceOf(StartupFailure.class)
			.hasMessage("fund-service exited during start-up (exit code 1) — see " + log);
		assertThat(Files.readString(log)).contains("kr.fundflow.DoesNotExist");
	}

	@Test
	void thePreviousLogIsKeptOnce() throws Exception {
		Path log = this.logs.resolve("gateway.log");
		Files.writeString(log, "first run");
		ChildProcess.rotate(log);
		assertThat(log).isEmptyFile();
		assertThat(this.logs.resolve("gateway.log.1")).hasContent("first run");
	}

	@Test
	void stopEndsARunningChild() throws Exception {
		List<String> command = List.of(JavaCommand.javaExecutable(), "-cp", System.getProperty("java.class.path"),
				Sleeper.class.getName());
		ChildProcess child = ChildProcess.start("sleeper", command, Map.of(), this.logs.resolve("sleeper.log"));
		assertThat(child.isAlive()).isTrue();
		Instant before = Instant.now();
		child.stop(Duration.ofSeconds(10));
		assertThat(child.isAlive()).isFalse();
		assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(10));
	}

	static final class NoSuchMain {

	}

	/** A child that runs until it is stopped. */
	public static final class Sleeper {

		public static void main(String[] args) throws InterruptedException {
			Thread.sleep(60_000);
		}

	}

}
