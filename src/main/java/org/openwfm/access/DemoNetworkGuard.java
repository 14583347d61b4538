package org.openwfm.access;

import io.vertx.core.json.Json;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.openwfm.shared.config.OpenWfmConfig;
import org.openwfm.shared.error.Problem;

/**
 * Demo users have passwords everyone knows, so in demo mode the service answers only this machine unless
 * {@code openwfm.demo-allow-remote=true} says the operator means otherwise: the caller must be a loopback
 * address, and must have asked for a loopback name (a page of another site whose name was made to point at
 * 127.0.0.1, DNS rebinding, asks under its own name and is refused).
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
            // The authority is the Host header over HTTP/1.1 and :authority over HTTP/2 (clients upgrade to it).
            HostAndPort asked = context.request().authority();
            if ((remote == null || isLoopback(remote.hostAddress())) && asked != null && isLoopbackName(asked.host())) {
                context.next();
                return;
            }
            Problem refused = Problem.of(
                    403,
                    "forbidden",
                    "Forbidden",
                    "The service runs in demo mode, whose users have "
                            + "known passwords, and answers only the machine it runs on (openwfm.demo-allow-remote opens it)",
                    null);
            context.response()
                    .setStatusCode(403)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(refused));
        });
    }

    /** The host the caller asked for, without its port: localhost, a 127.x address or ::1. */
    static boolean isLoopbackName(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return name.equalsIgnoreCase("localhost") || name.startsWith("127.") || isLoopback(name);
    }

    static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }
}
