package io.smm.membership.coupons;

import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testdb.TestDatabases.HostDatabase;

class CouponCheckoutRaceH2IntegrationTests extends CouponCheckoutRaceContract {

    @Override
    HostDatabase database() {
        return TestDatabases.h2ForHost();
    }
}
