package kr.fundflow.localstack.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kr.fundflow.localstack.StartupFailure;

/**
 * The service jars travel inside local-stack.jar as {@code services/<name>.jar}; a JVM
 * can only run a jar from a file, so they are extracted to {@code <data-dir>/bin}, and
 * only when their content changed.
 */
public final class ServiceJars {

	private static final Logger log = LoggerFactory.getLogger(ServiceJars.class);

	static final String RESOURCE_FOLDER = "services/";

	private ServiceJars() {
	}

	/**
	 * @return the extracted jar
	 */
	public static Path extract(String name, Path binDirectory) {
		String resource = RESOURCE_FOLDER + name + ".jar";
		Path target = binDirectory.resolve(name + ".jar");
		URL embedded = ServiceJars.class.getClassLoader().getResource(resource);
		if (embedded == null) {
			throw new StartupFailure("this local-stack.jar has no " + name
					+ " inside (built with -Dlocalstack.skipServices?) — rebuild it: ./mvnw -pl local-stack -am package -DskipTests");
		}
		try {
			if (isSame(embedded, target)) {
				log.info("service jar unchanged name={} path={}", name, target);
				return target;
			}
			Files.createDirectories(binDirectory);
			Path partial = binDirectory.resolve(name + ".jar.partial");
			try (InputStream in = embedded.openStream()) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			// a rename, so a half-written jar never takes the place of a good one
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			log.info("service jar extracted name={} size={} path={}", name, Files.size(target), target);
			return target;
		}
		catch (IOException ex) {
			throw new StartupFailure("cannot extract " + name + ".jar to " + binDirectory + " (" + ex.getMessage()
					+ ") — check the disk space and permissions of the data directory", ex);
		}
	}

	/** Same size and same SHA-256: the extracted jar is current. */
	static boolean isSame(URL embedded, Path extracted) throws IOException {
		if (!Files.exists(extracted)) {
			return false;
		}
		long embeddedSize = embedded.openConnection().getContentLengthLong();
		if (embeddedSize >= 0 && embeddedSize != Files.size(extracted)) {
			return false;
		}
		try (InputStream in = embedded.openStream()) {
			return sha256(in).equals(hash(extracted));
		}
	}

	static String hash(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return sha256(in);
		}
	}

	static String sha256(InputStream in) throws IOException {
		try {
			DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
			digesting.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
