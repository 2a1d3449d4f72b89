package io.smm.harness.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;


/**
 * Like the host's {@code RestErrorHandler}, limited to the stand-in's own controllers: unknown resources
 * 404 (the host's {@link ResourceNotFoundException} too), a failed guest checkout 400, a host conversion refusing
 * what is not there 500 (logged without its stack: it is expected), anything else 500, body
 * {@code {errorCode, message}}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "io.smm.harness")
public class StandInRestErrorHandler {

    private static final Logger LOGGER = LoggerFactory.getLogger(StandInRestErrorHandler.class);

    @ExceptionHandler(UnknownResourceException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ErrorBody notFound(UnknownResourceException exception) {
        return new ErrorBody("404", exception.getMessage());
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ErrorBody hostNotFound(ResourceNotFoundException exception) {
        return new ErrorBody(exception.getErrorCode(), exception.getErrorMessage());
    }

    @ExceptionHandler(ConversionFailedException.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    public ErrorBody conversionFailed(ConversionFailedException exception) {
        LOGGER.error(exception.getMessage());
        return new ErrorBody("500", exception.getMessage());
    }

    @ExceptionHandler(CheckoutFailedException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ErrorBody checkoutFailed(CheckoutFailedException exception) {
        LOGGER.error(exception.getMessage(), exception);
        return new ErrorBody("500", exception.getMessage());
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    public ErrorBody failure(Exception exception) {
        LOGGER.error(exception.getMessage(), exception);
        return new ErrorBody("500", exception.getMessage());
    }
}
