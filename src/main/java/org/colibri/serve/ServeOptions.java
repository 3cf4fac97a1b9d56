package org.colibri.serve;

import java.net.InetSocketAddress;
import java.time.Duration;

import org.colibri.build.BuildOptions;

/**
 * How to serve a site.
 *
 * @param build   what to build; its output folder is never written, its base URL is replaced by
 *                the server's own
 * @param address where to listen (port 0: any free port)
 * @param quiet   how long the files must stay unchanged before a rebuild starts
 */
public record ServeOptions(BuildOptions build, InetSocketAddress address, Duration quiet) {

    /** Waits long enough to gather an editor's "save all" or a checkout, short enough not to be felt. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(25);

    public ServeOptions(BuildOptions build, InetSocketAddress address) {
        this(build, address, DEFAULT_QUIET);
    }
}
