package org.colibri.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.colibri.output.OutputFile;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Answers every request from the {@link ServedSite} of the moment: files of the snapshot with
 * their content type and an ETag (304 when the browser has them), folders through their
 * {@code index.html}, a redirect to add a missing final slash, the site's {@code 404.html} with
 * status 404, and the live-reload endpoints. HTML gets the live-reload script, and the error
 * overlay while the last save does not build.
 */
final class SiteHandler implements HttpHandler {

    private final Supplier<ServedSite> current;
    private final LiveReload liveReload;
    private final Path contentRoot;
    private final boolean loopbackOnly;
    private final byte[] script;

    /**
     * @param contentRoot  the real path of the site's {@code content/}: copied files must stay inside it
     * @param loopbackOnly the server listens on a loopback address only
     */
    SiteHandler(Supplier<ServedSite> current, LiveReload liveReload, Path contentRoot, boolean loopbackOnly)
            throws IOException {
        this.current = current;
        this.liveReload = liveReload;
        this.contentRoot = contentRoot;
        this.loopbackOnly = loopbackOnly;
        try (InputStream in = SiteHandler.class.getResourceAsStream("livereload.js")) {
            if (in == null) {
                throw new IOException("livereload.js is missing from the jar");
            }
            this.script = in.readAllBytes();
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                ResponseWriter.send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page of another site that got this name to point at 127.0.0.1 (DNS rebinding)
                // must not read the preview, drafts included.
                ResponseWriter.send(exchange, 403, "text/plain; charset=utf-8",
                        "forbidden: open the preview at its own address\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ServedSite site = current.get();
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals(LiveReload.PATH)) {
                if (method.equals("HEAD")) {
                    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    liveReload.stream(exchange, site);
                }
                return;
            }
            if (path.equals(PageInjector.SCRIPT_PATH)) {
                ResponseWriter.send(exchange, 200, "text/javascript; charset=utf-8", script);
                return;
            }
            if (site.snapshot() == null) {
                sendHtml(exchange, 500, errorPage(), "*", site);
                return;
            }
            PathResolver.Resolution resolution = PathResolver.resolve(path, exchange.getRequestURI().getRawQuery(),
                    site.snapshot());
            switch (resolution.status()) {
                case 200 -> file(exchange, site, site.snapshot().get(resolution.file()).orElseThrow());
                case 302 -> {
                    exchange.getResponseHeaders().set("Location", resolution.location());
                    ResponseWriter.send(exchange, 302, "text/plain; charset=utf-8",
                            ("moved to " + resolution.location() + "\n").getBytes(StandardCharsets.UTF_8));
                }
                case 404 -> notFound(exchange, site);
                default -> ResponseWriter.send(exchange, 400, "text/plain; charset=utf-8",
                        "bad request: this path cannot name a file of the site\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * On a loopback address only local names are answered; listening on another address (with
     * {@code --host}) is a choice to be reached by any name.
     */
    private boolean hostAllowed(String host) {
        if (!loopbackOnly) {
            return true;
        }
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        name = name.toLowerCase(java.util.Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("[::1]")
                || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private void file(HttpExchange exchange, ServedSite site, OutputFile file) throws IOException {
        String type = ContentTypes.of(file.path());
        Optional<byte[]> bytes = read(file);
        if (bytes.isEmpty()) {
            ResponseWriter.send(exchange, 403, "text/plain; charset=utf-8",
                    "forbidden: this file is outside the site's content/ folder\n".getBytes(StandardCharsets.UTF_8));
        } else if (ContentTypes.isHtml(type)) {
            sendHtml(exchange, 200, bytes.get(), file.path(), site);
        } else {
            ResponseWriter.send(exchange, 200, type, bytes.get());
        }
    }

    /** The file's bytes; empty for a copied file that resolves (through links) outside content/. */
    private Optional<byte[]> read(OutputFile file) throws IOException {
        if (file.bytes() != null) {
            return Optional.of(file.bytes());
        }
        Path real;
        try {
            real = file.source().toRealPath();
        } catch (IOException e) {
            return Optional.empty(); // deleted since the build; the rebuild on its way drops it
        }
        return real.startsWith(contentRoot) && Files.isRegularFile(real)
                ? Optional.of(Files.readAllBytes(real)) : Optional.empty();
    }

    private void notFound(HttpExchange exchange, ServedSite site) throws IOException {
        Optional<OutputFile> page = site.snapshot().get("404.html");
        if (page.isPresent()) {
            sendHtml(exchange, 404, page.get().content(), "*", site);
        } else {
            sendHtml(exchange, 404, "<!DOCTYPE html><title>404</title><h1>404: not found</h1><body></body>"
                    .getBytes(StandardCharsets.UTF_8), "*", site);
        }
    }

    private byte[] errorPage() {
        return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Colibri: the site does not build</title>"
                + "</head><body><p>No version of the site has built yet.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private void sendHtml(HttpExchange exchange, int status, byte[] html, String page, ServedSite site)
            throws IOException {
        byte[] body = PageInjector.inject(html, PageInjector.snippet(page, site.version(),
                ErrorOverlay.html(site.errors())));
        ResponseWriter.send(exchange, status, "text/html; charset=utf-8", body);
    }
}
