package io.smm.membership.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Stores instants as UTC wall-clock values in DATETIME columns, whatever the JVM's time zone; the host's
 * entity manager sets no JDBC time zone of its own. (Hibernate 5.4 maps a converter's {@code Timestamp} column
 * type but not {@code LocalDateTime}.)
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp value) {
        return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
