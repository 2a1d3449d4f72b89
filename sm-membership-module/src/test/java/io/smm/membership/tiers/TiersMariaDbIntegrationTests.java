package io.smm.membership.tiers;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class TiersMariaDbIntegrationTests extends TiersDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
