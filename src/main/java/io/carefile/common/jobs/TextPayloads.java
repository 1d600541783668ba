package io.carefile.common.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.nio.charset.StandardCharsets;

/**
 * Stores a one-off job's payload as its UTF-8 text, readable in the table, instead of
 * db-scheduler's default Java serialisation; recurring jobs carry none.
 */
final class TextPayloads implements Serializer {

  @Override
  public byte[] serialize(Object data) {
    if (data == null) {
      return null;
    }
    if (data instanceof String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    throw new IllegalArgumentException("A job's payload is text, not " + data.getClass());
  }

  @Override
  public <T> T deserialize(Class<T> type, byte[] stored) {
    if (stored == null) {
      return null;
    }
    if (type != String.class) {
      throw new IllegalArgumentException("A job's payload is text, not " + type);
    }
    return type.cast(new String(stored, StandardCharsets.UTF_8));
  }
}
