package io.smm.membership.points;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class PointsH2IntegrationTests extends PointsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
