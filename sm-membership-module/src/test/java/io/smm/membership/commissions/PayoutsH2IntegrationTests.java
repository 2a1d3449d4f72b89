package io.smm.membership.commissions;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class PayoutsH2IntegrationTests extends PayoutsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
