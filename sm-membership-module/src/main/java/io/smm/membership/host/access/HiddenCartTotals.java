package io.smm.membership.host.access;

import java.util.ArrayList;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import com.salesmanager.shop.model.order.ReadableOrderTotalSummary;

import io.smm.membership.host.web.HostRequest;

/**
 * The host's total of a cart ({@code GET /api/v1/cart/{code}/total}, {@code /api/v1/auth/cart/{id}/total}) that holds
 * a product whose price the shopper may not see: every amount blank, as the cart itself shows it, since the total of
 * a cart of one line is its price. The cart advice notes such a cart when the host loads it for the total.
 */
@ControllerAdvice
public class HiddenCartTotals implements ResponseBodyAdvice<ReadableOrderTotalSummary> {

    /** The request's note: whether a cart it loaded holds a line whose price is hidden. */
    static final class Noted {
        boolean pricesHidden;
    }

    static void notePricesHidden() {
        HostRequest.current().ifPresent(request -> request.notes(Noted.class, Noted::new).pricesHidden = true);
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return ReadableOrderTotalSummary.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public ReadableOrderTotalSummary beforeBodyWrite(ReadableOrderTotalSummary body, MethodParameter returnType,
            MediaType contentType, Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        boolean hidden = HostRequest.current().map(state -> state.notes(Noted.class, Noted::new).pricesHidden)
                .orElse(false);
        if (body != null && hidden) {
            body.setSubTotal(null);
            body.setTotal(null);
            body.setTaxTotal(null);
            body.setTotals(new ArrayList<>());
        }
        return body;
    }
}
