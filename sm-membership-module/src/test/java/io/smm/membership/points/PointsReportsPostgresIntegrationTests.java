package io.smm.membership.points;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class PointsReportsPostgresIntegrationTests extends PointsReportsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
