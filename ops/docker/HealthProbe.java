import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Container health probe: GET the URL given as first argument and exit 0 on a 2xx answer, 1 otherwise.
 * <p>
 * The runtime image ({@code eclipse-temurin:17-jre}) is not guaranteed to contain curl or wget, so the
 * service images carry this class (compiled in the build stage) and run it with the JRE they already
 * have. Only {@code java.base} is used, so start-up stays small. Used by the compose health checks via
 * {@code ops/docker/healthcheck.sh}.
 */
public final class HealthProbe {

	private HealthProbe() {
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			System.err.println("usage: HealthProbe <url>");
			System.exit(2);
		}
		int timeoutMillis = Integer.getInteger("healthprobe.timeout.ms", 3000);
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
			connection.setConnectTimeout(timeoutMillis);
			connection.setReadTimeout(timeoutMillis);
			connection.setRequestProperty("Accept", "application/json");
			connection.setInstanceFollowRedirects(false);
			int status = connection.getResponseCode();
			String body = read(status >= 400 ? connection.getErrorStream() : connection.getInputStream());
			System.out.println(status + " " + body);
			System.exit(status >= 200 && status < 300 ? 0 : 1);
		}
		catch (IOException | IllegalArgumentException ex) {
			System.out.println("unreachable: " + ex);
			System.exit(1);
		}
	}

	private static String read(InputStream in) throws IOException {
		if (in == null) {
			return "";
		}
		try (in) {
			byte[] bytes = in.readNBytes(512);
			return new String(bytes, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
		}
	}

}
