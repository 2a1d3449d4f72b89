package io.smm.membership.rewards;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class RewardsH2IntegrationTests extends RewardsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
