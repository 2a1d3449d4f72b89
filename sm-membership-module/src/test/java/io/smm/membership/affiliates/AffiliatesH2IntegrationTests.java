package io.smm.membership.affiliates;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class AffiliatesH2IntegrationTests extends AffiliatesDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
