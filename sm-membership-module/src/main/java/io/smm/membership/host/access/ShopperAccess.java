package io.smm.membership.host.access;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;

import io.smm.membership.access.AccessView;
import io.smm.membership.access.AccessViews;
import io.smm.membership.host.web.HostPaths;
import io.smm.membership.host.web.HostRequest;
import io.smm.membership.identity.CurrentShopper;

/**
 * The current shopper's view of the catalog, looked up once per request and shared by every access seam. Empty on
 * the owner's paths and outside a request (the search index, jobs): those see the whole catalog.
 */
public class ShopperAccess {

    private final ObjectProvider<AccessViews> views;
    private final CurrentShopper shopper;

    /** @param views the access feature's views; while it has none, nothing is restricted */
    public ShopperAccess(ObjectProvider<AccessViews> views, CurrentShopper shopper) {
        this.views = views;
        this.shopper = shopper;
    }

    /** The view, unless the request is the owner's, none is under way, or no rule reaches the shopper. */
    public Optional<AccessView> restricting() {
        HttpServletRequest request = HostPaths.currentRequest();
        AccessViews available = views.getIfAvailable();
        if (request == null || HostPaths.isOwnerPath(request) || available == null) {
            return Optional.empty();
        }
        AccessView view = HostRequest.of(request).checkout(shopper).shopperFact(AccessView.class,
                available::viewOf);
        return view.restrictsNothing() ? Optional.empty() : Optional.of(view);
    }
}
