package kr.fundflow.drills;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * What the drills say: {@code drills: [mm:ss] ...} on the terminal, also kept in
 * {@code <work-dir>/drills.log}.
 */
public final class Log {

	private static final long STARTED = System.nanoTime();

	private static Writer file;

	private Log() {
	}

	static synchronized void to(Path logFile) {
		try {
			Files.createDirectories(logFile.getParent());
			file = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void line(String text) {
		Duration elapsed = Duration.ofNanos(System.nanoTime() - STARTED);
		write(String.format("drills: [%02d:%02d] %s", elapsed.toMinutes(), elapsed.toSecondsPart(), text));
	}

	/** A line exactly as given (the summary lines). */
	public static void plain(String text) {
		write(text);
	}

	private static synchronized void write(String text) {
		System.out.println(text);
		System.out.flush();
		if (file != null) {
			try {
				file.write(text);
				file.write('\n');
				file.flush();
			}
			catch (IOException ex) {
				// the terminal still has it
			}
		}
	}

}
