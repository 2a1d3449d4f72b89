package io.smm.membership.commissions;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class CommissionsH2IntegrationTests extends CommissionsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
