package io.smm.membership.affiliates;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secrets every node of an installation shares, kept in the database: the first node that needs one creates it, and
 * a node that creates it at the same moment as another keeps the other's, so all nodes sign and hash alike.
 */
public class SecretStore {

    private static final int BYTES = 32;

    private final SecretRepository secrets;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecretStore(SecretRepository secrets, PlatformTransactionManager transactions, Clock clock) {
        this.secrets = secrets;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The named secret, 32 random bytes in Base64, created now if no node has created it yet. */
    public String secretOf(String name) {
        return read(name).orElseGet(() -> create(name));
    }

    private Optional<String> read(String name) {
        return transaction.execute(status -> secrets.findById(name).map(Secret::getValue));
    }

    private String create(String name) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String value = Base64.getEncoder().encodeToString(bytes);
        try {
            transaction.executeWithoutResult(status -> secrets.saveAndFlush(new Secret(name, value, clock.instant())));
            return value;
        } catch (DataIntegrityViolationException createdByAnother) {
            return read(name).orElseThrow(() -> createdByAnother);
        }
    }
}
