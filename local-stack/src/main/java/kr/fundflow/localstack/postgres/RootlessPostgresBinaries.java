package kr.fundflow.localstack.postgres;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import kr.fundflow.localstack.StartupFailure;

/**
 * PostgreSQL refuses to run as root, and containers and CI machines often run as root.
 * This resolver hands zonky the usual binaries with {@code initdb}, {@code pg_ctl} and
 * {@code postgres} wrapped in a script that, when started as root, runs the real binary
 * in a user namespace as 'nobody'. Inside it PostgreSQL sees an ordinary user; outside
 * its files still belong to root, so the data directory can live anywhere root can write.
 */
final class RootlessPostgresBinaries implements PgBinaryResolver {

	private static final Set<String> WRAPPED = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");

	/**
	 * nobody/nogroup on Debian and most Linux distributions; initdb needs a passwd entry.
	 */
	private static final String WRAPPER = """
			#!/bin/sh
			# Written by local-stack: PostgreSQL refuses to run as root, so as root run the real
			# binary in a user namespace where it is 'nobody' (files stay root's outside).
			real="$0.real"
			if [ "$(id -u)" = "0" ]; then
			  exec unshare --user --map-user=65534 --map-group=65534 "$real" "$@"
			fi
			exec "$real" "$@"
			""";

	private final Path cacheDirectory;

	RootlessPostgresBinaries(Path cacheDirectory) {
		this.cacheDirectory = cacheDirectory;
	}

	static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name")) && !System.getProperty("os.name").startsWith("Windows");
	}

	/** Fails in one line when this machine does not allow user namespaces. */
	static void requireUserNamespaces() {
		String fix = " — start a PostgreSQL on 127.0.0.1:5432 (or set PG_HOST/PG_PORT), or run local-stack as a normal user";
		try {
			Process probe = new ProcessBuilder("unshare", "--user", "--map-user=65534", "--map-group=65534", "true")
				.redirectErrorStream(true)
				.start();
			probe.getInputStream().readAllBytes();
			if (!probe.waitFor(10, TimeUnit.SECONDS) || probe.exitValue() != 0) {
				throw new StartupFailure(
						"the embedded PostgreSQL cannot run as root here (user namespaces are not allowed)" + fix);
			}
		}
		catch (IOException ex) {
			throw new StartupFailure("the embedded PostgreSQL cannot run as root here ('unshare' is missing)" + fix,
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupFailure("interrupted while checking user namespaces");
		}
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		Path archive = this.cacheDirectory.resolve("postgres-" + system + "-" + machineHardware + "-rootless.txz");
		if (!Files.exists(archive)) {
			Files.createDirectories(this.cacheDirectory);
			Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
			try (InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
					OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
				rewrap(original, out);
			}
			Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING);
		}
		return Files.newInputStream(archive);
	}

	/**
	 * Copies the archive, renaming each wrapped binary to {@code .real} beside its
	 * wrapper.
	 */
	static void rewrap(InputStream txz, OutputStream out) throws IOException {
		try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(txz)));
				TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(out, new LZMA2Options(1)))) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			TarArchiveEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
				if (entry.isFile() && WRAPPED.contains(name)) {
					entry.setName(name + ".real");
					copy(tar, entry, in);
					byte[] script = WRAPPER.getBytes(StandardCharsets.UTF_8);
					TarArchiveEntry wrapper = new TarArchiveEntry(name);
					wrapper.setMode(0100755);
					wrapper.setSize(script.length);
					tar.putArchiveEntry(wrapper);
					tar.write(script);
					tar.closeArchiveEntry();
				}
				else {
					copy(tar, entry, in);
				}
			}
		}
	}

	private static void copy(TarArchiveOutputStream tar, TarArchiveEntry entry, InputStream content)
			throws IOException {
		tar.putArchiveEntry(entry);
		if (entry.isFile()) {
			content.transferTo(tar);
		}
		tar.closeArchiveEntry();
	}

}
