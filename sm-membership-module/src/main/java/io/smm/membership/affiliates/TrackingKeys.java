package io.smm.membership.affiliates;

import java.util.function.Supplier;

/**
 * The installation's tracking key: from {@code sm.membership.affiliates.cookie-secret} when set, else the secret
 * kept in the database, read (or created) once, on first use, when the schema is surely there.
 */
public class TrackingKeys {

    static final String SECRET_NAME = "affiliate-cookie";

    private final Supplier<String> secret;
    private volatile TrackingKey key;

    TrackingKeys(String configured, SecretStore secrets) {
        this.secret = configured == null || configured.isBlank() ? () -> secrets.secretOf(SECRET_NAME)
                : () -> configured;
    }

    public TrackingKey key() {
        TrackingKey known = key;
        if (known == null) {
            known = new TrackingKey(secret.get());
            key = known;
        }
        return known;
    }
}
