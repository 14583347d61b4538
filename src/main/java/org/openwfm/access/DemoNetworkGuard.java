package org.openwfm.access;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.Problem;

import io.vertx.core.json.Json;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;

/**
 * Demo users have passwords everyone knows, so in demo mode the service answers only this machine
 * (loopback addresses) unless {@code openwfm.demo-allow-remote=true} says the operator means otherwise.
 */
@Singleton
public class DemoNetworkGuard {

    @Inject
    OpenWfmConfig config;

    void install(@Observes Router router) {
        if (!config.demo() || config.demoAllowRemote()) {
            return;
        }
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            SocketAddress remote = context.request().remoteAddress();
            if (remote == null || isLoopback(remote.hostAddress())) {
                context.next();
                return;
            }
            Problem refused = Problem.of(403, "forbidden", "Forbidden", "The service runs in demo mode, whose users have "
                    + "known passwords, and answers only the machine it runs on (openwfm.demo-allow-remote opens it)", null);
            context.response().setStatusCode(403).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(refused));
        });
    }

    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }
}
