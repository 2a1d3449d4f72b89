package io.smm.membership.nodes;

import io.smm.membership.testdb.TestDatabases;
import io.smm.membership.testdb.TestDatabases.HostDatabase;

class SeveralNodesMariaDbIntegrationTests extends SeveralNodesContract {

    @Override
    HostDatabase database() {
        return TestDatabases.mariaDbForHost();
    }
}
