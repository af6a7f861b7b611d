package kr.fundflow.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import kr.fundflow.localstack.LocalStackOptions.UsageException;
import kr.fundflow.localstack.process.ChildProcess;

/**
 * {@code java -jar local-stack.jar}: the whole fund-flow tracker on one machine. See
 * {@link LocalStackOptions#usage()}.
 */
public final class LocalStack {

	private LocalStack() {
	}

	public static void main(String[] args) {
		Map<String, String> env = System.getenv();
		LocalStackOptions options;
		try {
			options = LocalStackOptions.parse(args, env);
		}
		catch (UsageException ex) {
			System.err.println("local-stack: " + ex.getMessage() + " (see --help)");
			System.exit(2);
			return;
		}
		if (options.help()) {
			System.out.print(LocalStackOptions.usage());
			return;
		}
		DataDirectory dataDirectory = new DataDirectory(options.dataDir());
		// before the first logger is created: log4j2 reads it once, at start-up
		System.setProperty("fundflow.log.file", dataDirectory.log("local-stack").toString());
		rotateLog(dataDirectory.log("local-stack"));

		LocalStackSupervisor supervisor = new LocalStackSupervisor(options, dataDirectory, env);
		Runtime.getRuntime().addShutdownHook(new Thread(supervisor::stop, "local-stack-shutdown"));
		try {
			supervisor.start();
		}
		catch (StartupFailure ex) {
			Console.failure(ex.getMessage(), ex);
			System.exit(1);
		}
		catch (RuntimeException ex) {
			Console.failure("unexpected error: " + ex + " — details in " + dataDirectory.log("local-stack"), ex);
			System.exit(1);
		}
		supervisor.watchUntilStopped();
	}

	private static void rotateLog(Path logFile) {
		try {
			ChildProcess.rotate(logFile);
		}
		catch (IOException ex) {
			// not fatal: the log then goes on in the old file, or the data directory
			// check fails clearly
		}
	}

}
