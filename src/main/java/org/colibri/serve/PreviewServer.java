package org.colibri.serve;

import java.io.Closeable;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.colibri.build.BuildOptions;
import org.colibri.build.IncrementalBuilder;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code colibri serve}'s server, from start to stop: binds the port first (so that a busy port is
 * reported before any work), starts watching, builds the site once, then serves it while the
 * rebuild thread keeps it current. Nothing is written to disk: the site lives in memory.
 *
 * <p>The JDK's own HTTP server is used: no dependency, it starts in milliseconds, and the
 * guarantees a preview needs (safe paths, ETags, HEAD, event streams) are a few classes here.
 */
public final class PreviewServer implements Closeable {

    /** More open pages than this get a 503 on the event stream instead of a thread each. */
    private static final int MAX_LIVE_PAGES = 64;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    /** A file rewritten without pause still gets rebuilt this often. */
    private static final Duration MAX_DELAY = Duration.ofSeconds(1);

    private final HttpServer server;
    private final ChangeWatcher watcher;
    private final LiveSite site;
    private final Thread rebuilds;

    private PreviewServer(HttpServer server, ChangeWatcher watcher, LiveSite site, Thread rebuilds) {
        this.server = server;
        this.watcher = watcher;
        this.site = site;
        this.rebuilds = rebuilds;
    }

    /**
     * Builds and serves the site; returns once it is served (the first build may have failed: the
     * listener has heard it, and pages show the errors until a save fixes them).
     *
     * @throws java.net.BindException when the port is in use or the address is not this machine's
     */
    public static PreviewServer start(ServeOptions options, ServeListener listener) throws IOException {
        // The JDK's server writes headers and body separately; with Nagle's algorithm on, the body
        // then waits for the client's delayed ACK, some 40 ms a response. Read once per JVM, before
        // the first server starts.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        HttpServer server = HttpServer.create(options.address(), 64);
        ChangeWatcher watcher = null;
        try {
            URI url = url(server.getAddress());
            listener.listening(url);
            BuildOptions build = options.build().withBaseUrl(url.toString());
            Path source = build.source();
            watcher = new ChangeWatcher(source);
            LiveSite site = new LiveSite(new LiveReload(MAX_LIVE_PAGES), listener);
            RebuildLoop loop = new RebuildLoop(watcher, new Debouncer(options.quiet(), MAX_DELAY),
                    new IncrementalBuilder(build), site);
            loop.buildAll();
            Path content = source.resolve("content");
            Path contentRoot = Files.exists(content) ? content.toRealPath() : content.toAbsolutePath();
            server.createContext("/", new SiteHandler(site::current, site.liveReload(), contentRoot,
                    server.getAddress().getAddress().isLoopbackAddress()));
            server.setExecutor(Executors.newCachedThreadPool(daemonThreads("colibri-http-")));
            server.start();
            Thread rebuilds = new Thread(loop, "colibri-rebuild");
            rebuilds.setDaemon(true);
            rebuilds.start();
            return new PreviewServer(server, watcher, site, rebuilds);
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            if (watcher != null) {
                watcher.close();
            }
            throw e;
        }
    }

    /** The site's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return url(server.getAddress());
    }

    /** True when the server listens on an address other machines can reach. */
    public static boolean isPublic(InetAddress address) {
        return !address.isLoopbackAddress();
    }

    /** Stops serving and watching; open pages' event streams end. */
    @Override
    public void close() {
        rebuilds.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        site.liveReload().close();
        server.stop(0);
        if (server.getExecutor() instanceof ExecutorService requests) {
            requests.shutdownNow();
        }
        try {
            rebuilds.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static URI url(InetSocketAddress bound) {
        InetAddress address = bound.getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (address instanceof Inet6Address && !address.isAnyLocalAddress()) {
            int zone = host.indexOf('%');
            host = "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
        }
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
