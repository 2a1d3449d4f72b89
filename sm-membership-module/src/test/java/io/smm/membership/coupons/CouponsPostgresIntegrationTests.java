package io.smm.membership.coupons;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class CouponsPostgresIntegrationTests extends CouponsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
