package io.smm.membership.rewards;

import java.time.Clock;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** The birthday a shopper sets once, when the host's record has none. */
public class BirthdayService {

    private final CustomerBirthdayRepository birthdays;
    private final RewardCustomers customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BirthdayService(CustomerBirthdayRepository birthdays, RewardCustomers customers,
            PlatformTransactionManager transactions, Clock clock) {
        this.birthdays = birthdays;
        this.customers = customers;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The customer's birthday: the host record's, else the one the shopper set. */
    public Optional<MonthDay> birthdayOf(String storeCode, long customerId) {
        Optional<MonthDay> host = customers.find(customerId).map(RewardCustomer::birthday);
        if (host.isPresent()) {
            return host;
        }
        return transaction.execute(status -> birthdays.findById(key(storeCode, customerId))
                .map(CustomerBirthday::birthday));
    }

    /** Sets the birthday; 400 for a day no year has, 409 when one is known already (here or on the host). */
    public MonthDay set(String storeCode, long customerId, Integer month, Integer day) {
        MonthDay birthday = BirthdayRule.parse(month, day);
        if (birthday == null) {
            boolean badMonth = month == null || month < 1 || month > 12;
            // a day is broken on its own when no month has it, or with a good month that has not
            boolean badDay = day == null || day < 1 || day > 31 || !badMonth;
            throw new InvalidInputException(Stream.of(badMonth ? "month" : null, badDay ? "day" : null)
                    .filter(Objects::nonNull).map(field -> new Violation(field, "membership.rewards.birthday.invalid"))
                    .collect(Collectors.toList()));
        }
        if (birthdayOf(storeCode, customerId).isPresent()) {
            throw new ConflictException("membership.rewards.birthday.already-set");
        }
        try {
            transaction.executeWithoutResult(status -> birthdays.saveAndFlush(new CustomerBirthday(storeCode,
                    customerId, birthday, clock.instant())));
        } catch (DataIntegrityViolationException setMeanwhile) {
            throw new ConflictException("membership.rewards.birthday.already-set");
        }
        return birthday;
    }

    private static CustomerBirthday.Key key(String storeCode, long customerId) {
        return CustomerBirthday.Key.of(storeCode, customerId);
    }
}
