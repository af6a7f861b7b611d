package kr.fundflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of {@code --data-dir}: everything the stack keeps between runs.
 *
 * @param root the data directory itself (absolute)
 */
public record DataDirectory(Path root) {

	public Path keys() {
		return this.root.resolve("keys");
	}

	/** The Kafka log directory; wiped by {@code --reset}. */
	public Path kafka() {
		return this.root.resolve("kafka");
	}

	/** Generated configuration files (the broker's server.properties). */
	public Path config() {
		return this.root.resolve("config");
	}

	/** Data of the embedded PostgreSQL, when one is used. */
	public Path pgdata() {
		return this.root.resolve("pgdata");
	}

	/** Extracted PostgreSQL binaries of the embedded server. */
	public Path pgBinaries() {
		return this.root.resolve("pgbin");
	}

	/** The extracted service jars. */
	public Path bin() {
		return this.root.resolve("bin");
	}

	public Path logs() {
		return this.root.resolve("logs");
	}

	public Path log(String name) {
		return logs().resolve(name + ".log");
	}

	/**
	 * While {@code hold/<name>} exists the supervisor keeps that child stopped (see
	 * {@link kr.fundflow.localstack.process.SupervisedChild}).
	 */
	public Path holdFile(String name) {
		return this.root.resolve("hold").resolve(name);
	}

	/**
	 * Creates the directories. A {@code .gitignore} of {@code *} keeps keys and data out
	 * of git wherever the directory is placed.
	 */
	public void prepare() {
		try {
			Files.createDirectories(this.root);
			for (Path dir : new Path[] { keys(), config(), bin(), logs() }) {
				Files.createDirectories(dir);
			}
			Path gitignore = this.root.resolve(".gitignore");
			if (!Files.exists(gitignore)) {
				Files.writeString(gitignore, "# written by local-stack: keys and data never go into git\n*\n");
			}
		}
		catch (IOException ex) {
			throw new StartupFailure("cannot create the data directory " + this.root + " (" + ex.getMessage()
					+ ") — choose another one with --data-dir=PATH", ex);
		}
	}

	/** Deletes a directory tree if it exists (used by {@code --reset}). */
	public static void deleteTree(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			throw new StartupFailure("cannot delete " + dir + " (" + ex.getMessage() + ") — delete it by hand", ex);
		}
	}

}
