package kr.fundflow.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The golden JSON body of every event type, as shipped in this jar. Producers test that
 * what they write reads as the golden body's shape; consumers test that the golden body
 * maps to what they expect.
 */
public final class GoldenEvents {

	private GoldenEvents() {
	}

	public static byte[] json(EventType type) {
		String resource = "golden/" + type.logicalName() + ".json";
		try (InputStream in = GoldenEvents.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No golden fixture " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static <T extends IntegrationEvent> T event(EventType type, Class<T> bodyType) {
		return EventCodec.fromJson(json(type), bodyType);
	}

}
