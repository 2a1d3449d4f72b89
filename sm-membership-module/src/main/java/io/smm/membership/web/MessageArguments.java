package io.smm.membership.web;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Message arguments as a message shows them: numbers as plain text, so an id or a limit reads as given
 * ({@code No group 999999}, not {@code 999,999}; {@code 0.0005}, not {@code 0.001}).
 */
public final class MessageArguments {

    private MessageArguments() {
    }

    public static Object[] plain(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof BigDecimal ? ((BigDecimal) argument).toPlainString()
                        : argument instanceof Number ? argument.toString() : argument)
                .toArray();
    }
}
