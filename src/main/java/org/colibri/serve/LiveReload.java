package org.colibri.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;

/**
 * The live-reload endpoint: each open page holds a Server-Sent Events stream, and every rebuild
 * sends it an event: {@code reload} with the pages that changed, {@code css} when only styles
 * changed, {@code errors} with the overlay to show (empty once fixed). A comment every few seconds
 * finds streams whose page was closed.
 */
final class LiveReload implements Closeable {

    static final String PATH = "/__colibri/events";
    private static final long HEARTBEAT_SECONDS = 10;
    /** Ends a stream: the server is stopping. */
    private static final String END = "";

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private final int maxClients;
    private volatile boolean closed;

    LiveReload(int maxClients) {
        this.maxClients = maxClients;
    }

    /** Holds {@code exchange} open as an event stream until the page goes away or the server stops. */
    void stream(HttpExchange exchange, ServedSite site) throws IOException {
        if (closed || clients.size() >= maxClients) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            write(out, "retry: 1000\n\n" + event("hello", "{\"version\":" + site.version() + "}")
                    + event("errors", "{\"html\":" + json(ErrorOverlay.html(site.errors())) + "}"));
            while (!closed) {
                String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                if (END.equals(next)) {
                    break;
                }
                write(out, next == null ? ": ping\n\n" : next);
            }
        } catch (IOException e) {
            // the page was closed or reloaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Tells the pages in {@code changed} (output paths; null for every page) to reload. */
    void reload(long version, Collection<String> changed) {
        StringBuilder pages = new StringBuilder();
        if (changed == null) {
            pages.append("\"*\"");
        } else {
            pages.append('[');
            for (String path : changed) {
                pages.append(pages.length() > 1 ? "," : "").append(json(path));
            }
            pages.append(']');
        }
        send(event("reload", "{\"version\":" + version + ",\"pages\":" + pages + "}"));
    }

    /** Tells every page to fetch its stylesheets again. */
    void css(long version) {
        send(event("css", "{\"version\":" + version + "}"));
    }

    /** Tells every page which errors to show; an empty overlay removes it. */
    void errors(String overlay) {
        send(event("errors", "{\"html\":" + json(overlay) + "}"));
    }

    int clients() {
        return clients.size();
    }

    private void send(String event) {
        clients.forEach(queue -> queue.add(event));
    }

    private static String event(String name, String data) {
        return "event: " + name + "\ndata: " + data + "\n\n";
    }

    /** A JSON string; also safe on one SSE data line (no raw line breaks). */
    static String json(String text) {
        return org.colibri.output.TextEscapes.json(text);
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(queue -> queue.add(END));
    }
}
