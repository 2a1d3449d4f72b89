package io.smm.membership.tiers;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class TiersH2IntegrationTests extends TiersDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
