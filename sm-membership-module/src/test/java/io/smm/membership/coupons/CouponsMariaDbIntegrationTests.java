package io.smm.membership.coupons;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class CouponsMariaDbIntegrationTests extends CouponsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
