import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures, against a running {@code colibri serve}, the time from saving one article to its page
 * being served with the new text. Run by bench/serve-latency.sh:
 * {@code java bench/ServeLatency.java URL SITE_DIR ROUNDS WARMUP}.
 */
public class ServeLatency {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        Path site = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        long count;
        try (var files = Files.list(site.resolve("content/articles"))) {
            count = files.count();
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < warmup + rounds; round++) {
            long n = 1 + (round * 7919L + 4021) % count;
            String name = String.format(Locale.ROOT, "article-%05d", n);
            Path file = site.resolve("content/articles/" + name + ".md");
            URI page = base.resolve("/articles/" + name + "/");
            String marker = "Mesure " + round + "-" + System.nanoTime();
            String text = Files.readString(file).replaceFirst("(?m)^Le texte de l’article .*$",
                    "Le texte de l’article " + n + " : " + marker + ".");
            Thread.sleep(500); // let the previous rebuild settle: each round is one isolated save
            long start = System.nanoTime();
            Files.writeString(file, text, StandardCharsets.UTF_8);
            while (true) {
                String body = http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                if (body.contains(marker)) {
                    break;
                }
                if (System.nanoTime() - start > 30_000_000_000L) {
                    throw new IllegalStateException("no new text after 30 s on " + page);
                }
                Thread.sleep(5);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (round >= warmup) {
                millis.add(ms);
                System.out.printf(Locale.ROOT, "save %2d: %s served after %.0f ms%n", round - warmup + 1, name, ms);
            }
        }
        List<Double> sorted = millis.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        double p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        System.out.printf(Locale.ROOT, "save -> served, %d articles, %d saves: median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                count, sorted.size(), median, p90, sorted.get(sorted.size() - 1));
    }
}
