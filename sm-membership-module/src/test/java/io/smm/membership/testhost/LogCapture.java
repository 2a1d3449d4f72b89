package io.smm.membership.testhost;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * What a block of a test logs, as logback lets it through its filters and levels. Either everything, still printed
 * ({@link #withInfoFrom}), or only what the named loggers log, kept off the console: the host's error log of a
 * failure the test causes on purpose ({@link #expectingErrorsFrom}).
 */
public final class LogCapture implements AutoCloseable {

    /** The stand-in host's loggers of its errors: its checkout and its REST error handler. */
    public static final List<String> HOST_ERRORS = List.of("io.smm.harness.order.OrderApiController",
            "io.smm.harness.web.StandInRestErrorHandler");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<Logger> attachedTo = new ArrayList<>();
    private final List<Logger> changed = new ArrayList<>();
    private final List<Level> levelsBefore = new ArrayList<>();
    private final List<Boolean> additivityBefore = new ArrayList<>();

    private LogCapture() {
        appender.setContext(context());
        appender.start();
    }

    /** Everything logged meanwhile, printed as usual; the named loggers log at INFO meanwhile. */
    public static LogCapture withInfoFrom(String... loggers) {
        LogCapture capture = new LogCapture();
        for (String name : loggers) {
            capture.change(name, Level.INFO, true);
        }
        capture.attach(context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME));
        return capture;
    }

    /** What the stand-in host logs meanwhile as its errors (its checkout, its REST error handler), kept off the console. */
    public static LogCapture expectingHostErrors() {
        return expectingErrorsFrom(HOST_ERRORS);
    }

    /** Makes a call the stand-in host fails on purpose, keeping the host's error log of it off the console. */
    public static <T> T expectingHostErrors(Supplier<T> call) {
        try (LogCapture ignored = expectingHostErrors()) {
            return call.get();
        }
    }

    /** What the named loggers log meanwhile, kept off the console. */
    public static LogCapture expectingErrorsFrom(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return expectingErrorsFrom(all.toArray(String[]::new));
    }

    /** What the named loggers log meanwhile, kept off the console. */
    public static LogCapture expectingErrorsFrom(String... loggers) {
        LogCapture capture = new LogCapture();
        for (String name : loggers) {
            Logger logger = capture.change(name, context().getLogger(name).getLevel(), false);
            capture.attach(logger);
        }
        return capture;
    }

    public List<ILoggingEvent> events() {
        synchronized (appender) {
            return List.copyOf(appender.list);
        }
    }

    /** The events logged at ERROR or with a stack trace, as lines for an assertion message. */
    public List<String> errorsAndStackTraces() {
        return events().stream().filter(event -> event.getLevel() == Level.ERROR || event.getThrowableProxy() != null)
                .map(event -> event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage())
                .collect(Collectors.toList());
    }

    /** The messages the given logger logged at the given level. */
    public List<String> messages(String logger, Level level) {
        return events().stream().filter(event -> event.getLoggerName().equals(logger) && event.getLevel() == level)
                .map(ILoggingEvent::getFormattedMessage)
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        attachedTo.forEach(logger -> logger.detachAppender(appender));
        appender.stop();
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).setLevel(levelsBefore.get(i));
            changed.get(i).setAdditive(additivityBefore.get(i));
        }
    }

    private Logger change(String name, Level level, boolean additive) {
        Logger logger = context().getLogger(name);
        changed.add(logger);
        levelsBefore.add(logger.getLevel());
        additivityBefore.add(logger.isAdditive());
        logger.setLevel(level);
        logger.setAdditive(additive);
        return logger;
    }

    private void attach(Logger logger) {
        logger.addAppender(appender);
        attachedTo.add(logger);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }
}
