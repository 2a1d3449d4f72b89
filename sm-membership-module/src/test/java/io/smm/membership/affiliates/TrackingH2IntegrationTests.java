package io.smm.membership.affiliates;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class TrackingH2IntegrationTests extends TrackingDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
