package io.smm.membership.coupons;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class CouponsH2IntegrationTests extends CouponsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
