package io.smm.membership.testhost;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * What a block of a test logs, as the console would show it: the events that pass logback's filters and levels,
 * from an appender on the root logger. The loggers named at the start log at INFO meanwhile.
 */
public final class LogCapture implements AutoCloseable {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final List<Logger> raised = new ArrayList<>();
    private final List<Level> levelsBefore = new ArrayList<>();

    private LogCapture(String... infoLoggers) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : infoLoggers) {
            Logger logger = context.getLogger(name);
            raised.add(logger);
            levelsBefore.add(logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture withInfoFrom(String... loggers) {
        return new LogCapture(loggers);
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
        root.detachAppender(appender);
        appender.stop();
        for (int i = 0; i < raised.size(); i++) {
            raised.get(i).setLevel(levelsBefore.get(i));
        }
    }
}
