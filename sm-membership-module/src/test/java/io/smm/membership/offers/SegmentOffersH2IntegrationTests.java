package io.smm.membership.offers;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class SegmentOffersH2IntegrationTests extends SegmentOffersDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
