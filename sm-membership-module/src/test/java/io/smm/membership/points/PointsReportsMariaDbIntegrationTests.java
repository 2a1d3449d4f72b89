package io.smm.membership.points;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class PointsReportsMariaDbIntegrationTests extends PointsReportsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
