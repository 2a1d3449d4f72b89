package io.smm.membership.offers;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class SegmentOffersPostgresIntegrationTests extends SegmentOffersDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
