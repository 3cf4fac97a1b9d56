package org.colibri.check;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Asks other sites whether links still work: HEAD first (no body to download), then GET when HEAD
 * fails, since many servers answer HEAD badly. At most {@code perHost} requests at a time go to
 * one host and {@code parallel} in all, each bounded by the timeout.
 */
final class LinkProber {

    /** One answer: {@code status} is the HTTP status, or 0 when there was none. */
    record Probe(boolean broken, int status, String problem) {

        static Probe answered(int status) {
            // 429: the host is alive but asks us to slow down, which says nothing about the link.
            boolean broken = status >= 400 && status != 429;
            return new Probe(broken, status, broken ? "HTTP " + status : null);
        }

        static Probe failed(String problem) {
            return new Probe(true, 0, problem);
        }

        boolean cacheable() {
            return !broken && status >= 200 && status < 400;
        }
    }

    private final ExternalLinkOptions options;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final String userAgent;

    LinkProber(ExternalLinkOptions options, String userAgent) {
        this.options = options;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Every URL's answer, in the order given. */
    Map<String, Probe> probeAll(Collection<String> urls) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallel(), urls.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "colibri-link-check");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<Probe>> futures = new ArrayList<>();
            for (String url : urls) {
                futures.add(pool.submit(() -> probe(url)));
            }
            Map<String, Probe> probes = new LinkedHashMap<>();
            int i = 0;
            for (String url : urls) {
                probes.put(url, get(futures.get(i++)));
            }
            return probes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Probe get(Future<Probe> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Probe.failed("check interrupted");
        } catch (ExecutionException e) {
            return Probe.failed("cannot check it (" + e.getCause() + ")");
        }
    }

    Probe probe(String url) throws InterruptedException {
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getHost() == null) {
                return Probe.failed("not a valid URL: it has no host name");
            }
        } catch (URISyntaxException e) {
            return Probe.failed("not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        Semaphore host = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(),
                k -> new Semaphore(Math.max(1, options.perHost())));
        host.acquire();
        try {
            Probe head = send(uri, "HEAD");
            if (!head.broken() || head.problem().startsWith("no answer")) {
                return head; // a host that does not answer HEAD in time would not answer GET either
            }
            return send(uri, "GET");
        } finally {
            host.release();
        }
    }

    private Probe send(URI uri, String method) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(options.timeout())
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                // closing without reading: the status is all we need, not a large download
            }
            return Probe.answered(response.statusCode());
        } catch (HttpTimeoutException e) {
            return Probe.failed("no answer within " + options.timeout().toSeconds() + " s");
        } catch (ConnectException e) {
            return Probe.failed("cannot connect to " + uri.getHost());
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Probe.failed("cannot reach it (" + message + ")");
        } catch (IllegalArgumentException e) {
            return Probe.failed("not a valid URL (" + e.getMessage() + ")");
        }
    }
}
