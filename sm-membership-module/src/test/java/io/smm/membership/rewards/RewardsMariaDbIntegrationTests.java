package io.smm.membership.rewards;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class RewardsMariaDbIntegrationTests extends RewardsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
