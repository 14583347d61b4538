package org.openwfm.shared.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeIdentityTest {

    @Test
    void withoutANodeIdTheProcessIsNamedByHostAndProcessId() {
        assertThat(NodeIdentity.hostAndPid())
                .endsWith("-" + ProcessHandle.current().pid());
        assertThat(NodeIdentity.hostAndPid().length())
                .isGreaterThan(("-" + ProcessHandle.current().pid()).length());
    }
}
