package io.smm.membership.coupons;

import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testdb.TestDatabases.HostDatabase;

class CouponCheckoutRaceMariaDbIntegrationTests extends CouponCheckoutRaceContract {

    @Override
    HostDatabase database() {
        return TestDatabases.mariaDbForHost();
    }
}
