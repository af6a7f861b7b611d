package kr.fundflow.localstack;

import org.slf4j.LoggerFactory;

/**
 * What the user sees: short {@code local-stack: ...} lines on the terminal, each also
 * kept in the log file. Stack traces never go to the terminal.
 */
public final class Console {

	private static final String PREFIX = "local-stack: ";

	private Console() {
	}

	public static void info(String line) {
		System.out.println(PREFIX + line);
		// looked up lazily: the log file location is only known once the options are
		// parsed
		LoggerFactory.getLogger(Console.class).info(line);
	}

	/** Lines printed as they are (the URL block), without the prefix. */
	public static void plain(String line) {
		System.out.println(line);
		LoggerFactory.getLogger(Console.class).info(line);
	}

	public static void failure(String line, Throwable cause) {
		System.err.println(PREFIX + line);
		LoggerFactory.getLogger(Console.class).error(line, cause);
	}

}
