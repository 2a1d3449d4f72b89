package io.smm.membership.host.access;

import java.util.Optional;

import javax.servlet.http.HttpServletRequest;


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

    private final AccessViews views;
    private final CurrentShopper shopper;

    public ShopperAccess(AccessViews views, CurrentShopper shopper) {
        this.views = views;
        this.shopper = shopper;
    }

    /** The view, unless the request is the owner's, none is under way, or no rule reaches the shopper. */
    public Optional<AccessView> restricting() {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request == null || HostPaths.isOwnerPath(request)) {
            return Optional.empty();
        }
        AccessView view = HostRequest.of(request).checkout(shopper).shopperFact(AccessView.class, views::viewOf);
        return view.restrictsNothing() ? Optional.empty() : Optional.of(view);
    }
}
