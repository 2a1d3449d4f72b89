package io.smm.membership.host.access;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessReason;
import io.smm.membership.access.Permission;
import io.smm.membership.testhost.FixedAccessViews;

/** Access views the seam tests set per shopper, in place of the owner's rules. */
@TestConfiguration
class AccessSeamTestViews {

    static final String STORE = "DEFAULT";

    @Bean
    @Primary
    FixedAccessViews membershipFixedAccessViews() {
        return new FixedAccessViews();
    }

    /** Neither browsed nor shown as coming: members of group 7 may browse. */
    static Access hidden() {
        return new Access(Map.of(Permission.BROWSE, Access.State.DENIED), Map.of(), false,
                new AccessReason(Permission.BROWSE, AccessReason.Kind.JOIN_GROUP, List.of(7L), null));
    }

    /** Listed, price hidden: signing in shows it. */
    static Access priceHidden() {
        return new Access(Map.of(Permission.SEE_PRICE, Access.State.DENIED), Map.of(), false,
                new AccessReason(Permission.SEE_PRICE, AccessReason.Kind.SIGN_IN, List.of(), null));
    }

    /** Listed with its price, not for sale: members of group 7 may buy. */
    static Access notForSale() {
        return new Access(Map.of(Permission.BUY, Access.State.DENIED), Map.of(), false,
                new AccessReason(Permission.BUY, AccessReason.Kind.JOIN_GROUP, List.of(7L), null));
    }
}
