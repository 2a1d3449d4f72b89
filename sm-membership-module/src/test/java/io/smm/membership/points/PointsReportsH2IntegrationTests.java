package io.smm.membership.points;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class PointsReportsH2IntegrationTests extends PointsReportsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
