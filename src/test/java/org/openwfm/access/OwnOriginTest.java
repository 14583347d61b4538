package org.openwfm.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OwnOriginTest {

    private static final URI SERVICE = URI.create("https://wfm.example.com/");

    @Test
    void theSameSchemeHostAndPortIsOwnOrigin() {
        assertThat(CrossSiteRequestGuard.isOwnOrigin("https://wfm.example.com", SERVICE))
                .isTrue();
        assertThat(CrossSiteRequestGuard.isOwnOrigin("https://wfm.example.com:443", SERVICE))
                .isTrue();
    }

    @Test
    void anotherSchemeHostOrPortIsNot() {
        assertThat(CrossSiteRequestGuard.isOwnOrigin("http://wfm.example.com", SERVICE))
                .isFalse();
        assertThat(CrossSiteRequestGuard.isOwnOrigin("https://evil.example", SERVICE))
                .isFalse();
        assertThat(CrossSiteRequestGuard.isOwnOrigin("https://wfm.example.com:8443", SERVICE))
                .isFalse();
        assertThat(CrossSiteRequestGuard.isOwnOrigin("null", SERVICE)).isFalse();
    }

    @Test
    void aHostHeaderThatIsNoHostNameIsNoOriginRatherThanAFailure() {
        URI noHost = URI.create("http://a_b:8080/");
        assertThat(noHost.getHost()).isNull();

        assertThat(CrossSiteRequestGuard.isOwnOrigin("http://a_b:8080", noHost)).isFalse();
    }
}
