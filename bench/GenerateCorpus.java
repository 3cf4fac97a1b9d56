import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic benchmark site: N articles and N/10 offers of French text with accents
 * (500–700 words each, headings, lists, links, emphasis, some tables and blockquotes), 60 tags,
 * dates over ten years, offers of every type and status.
 *
 * Usage: java bench/GenerateCorpus.java DIR ARTICLES
 */
public final class GenerateCorpus {

    private static final String[] WORDS = ("volontariat solidarité coopération échange jeunesse mission "
            + "territoire collectivité santé éducation environnement développement partenaires engagement "
            + "réciprocité francophonie accompagnement formation région préfecture association réseau "
            + "programme évaluation capitalisation dispositif structure accueil envoi volontaires "
            + "internationale française ghanéenne togolaise sénégalaise malienne béninoise été année "
            + "projet expérience parcours compétences insertion citoyenneté sensibilisation dépistage "
            + "écologie agriculture alimentation énergie eau assainissement culture sport inclusion "
            + "égalité genre numérique ville campagne quartier école lycée université ministère "
            + "ambassade délégation réunion atelier rencontre journée séminaire bilan perspectives "
            + "à de la le les des une un et pour avec dans sur par au aux en du sont ont été très plus").split(" ");

    private static final String[] TAGS = {
        "Santé", "Éducation", "Environnement", "Volontariat", "Coopération", "Francophonie", "Togo", "Ghana",
        "Sénégal", "Mali", "Bénin", "Burkina Faso", "Côte d’Ivoire", "Cameroun", "Madagascar", "Vanuatu",
        "Haïti", "Liban", "Maroc", "Tunisie", "Égalité", "Genre", "Jeunesse", "Citoyenneté", "Économie sociale",
        "Énergie", "Eau", "Assainissement", "Agriculture", "Alimentation", "Culture", "Sport", "Numérique",
        "Formation", "Insertion", "Réciprocité", "Collectivités", "Territoires Volontaires", "Fondations",
        "Entreprises", "Écoles", "Universités", "Ministères", "Ambassades", "Réseaux", "Évaluation",
        "Capitalisation", "Plaidoyer", "Sensibilisation", "Dépistage", "Handicap", "Migrations", "Climat",
        "Biodiversité", "Forêts", "Océans", "Urbanisme", "Ruralité", "Patrimoine", "Arts",
    };

    private static final String[][] OFFER_TYPES = {
        {"emploi", "Offre d’emploi"}, {"stage", "Stage"}, {"appel-d-offres", "Appel d’offres"},
        {"volontariat", "Volontariat"}, {"service-civique", "Service civique"},
    };
    private static final String[] PLACES = {"Ivry-sur-Seine, France", "Lomé, Togo", "Accra, Ghana",
        "Dakar, Sénégal", "Cotonou, Bénin", "Port-Vila, Vanuatu", "Montreuil, France", "Ouagadougou, Burkina Faso"};

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        Random random = new Random(20241126L);
        Files.createDirectories(root.resolve("content/articles"));
        Files.createDirectories(root.resolve("content/offers"));
        Files.writeString(root.resolve("site.yml"), """
                title: "Corpus de mesure"
                baseUrl: "https://example.org/"
                description: "Un site de mesure généré."
                organization: {name: "Association de mesure", url: "https://example.org/"}
                pageSize: 10
                menu:
                  - {title: "Actualités", url: /articles/}
                  - {title: "Offres", url: /offers/}
                  - {title: "Thèmes", url: /tags/}
                """, StandardCharsets.UTF_8);
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < articles; i++) {
            LocalDate date = start.plusDays(random.nextInt(3650));
            String slug = String.format("article-%06d", i);
            write(root.resolve("content/articles/" + slug + ".md"), article(random, i, date, articles));
        }
        int offers = Math.max(1, articles / 10);
        for (int i = 0; i < offers; i++) {
            LocalDate date = start.plusDays(random.nextInt(3650));
            write(root.resolve(String.format("content/offers/offre-%05d.md", i)), offer(random, i, date));
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String article(Random r, int i, LocalDate date, int total) {
        StringBuilder md = new StringBuilder(5000);
        md.append("---\ntitle: \"").append(capitalize(sentence(r, 6, 10))).append(" n° ").append(i).append("\"\n");
        md.append("date: ").append(date).append('\n');
        md.append("tags: [").append(String.join(", ", tags(r))).append("]\n");
        if (r.nextInt(3) > 0) {
            md.append("summary: \"").append(capitalize(sentence(r, 14, 24))).append(".\"\n");
        }
        md.append("author: \"Équipe ").append(TAGS[r.nextInt(TAGS.length)]).append("\"\n---\n");
        int words = 500 + r.nextInt(201);
        int written = 0;
        int section = 0;
        while (written < words) {
            switch (section++ % 6) {
                case 0 -> {
                    String p = paragraph(r, 60, 90);
                    written += count(p);
                    md.append(p).append("\n\n");
                }
                case 1 -> {
                    String h = capitalize(sentence(r, 3, 6));
                    md.append("## ").append(h).append("\n\n");
                    written += count(h);
                }
                case 2 -> {
                    for (int k = 0; k < 4; k++) {
                        String item = sentence(r, 5, 10);
                        md.append("- ").append(item).append(" ;\n");
                        written += count(item);
                    }
                    md.append('\n');
                }
                case 3 -> {
                    String link = String.format("article-%06d.md", r.nextInt(total));
                    String p = paragraph(r, 40, 60);
                    md.append(p).append(" Lire aussi [").append(sentence(r, 3, 5)).append("](").append(link)
                            .append(") et le site [du programme](https://example.org/programme).\n\n");
                    written += count(p) + 8;
                }
                case 4 -> {
                    if (r.nextInt(3) == 0) {
                        md.append("| Phase | Date | Lieu |\n|---|---|---|\n");
                        for (int k = 0; k < 3; k++) {
                            md.append("| ").append(capitalize(sentence(r, 2, 3))).append(" | ")
                                    .append(date.plusMonths(k)).append(" | ")
                                    .append(PLACES[r.nextInt(PLACES.length)]).append(" |\n");
                        }
                        md.append('\n');
                        written += 24;
                    } else {
                        String q = sentence(r, 15, 25);
                        md.append("> « ").append(capitalize(q)).append(" »\n\n");
                        written += count(q);
                    }
                }
                default -> {
                    String p = paragraph(r, 50, 80);
                    written += count(p);
                    md.append(p).append("\n\n");
                }
            }
        }
        return md.toString();
    }

    private static String offer(Random r, int i, LocalDate date) {
        String[] type = OFFER_TYPES[i % OFFER_TYPES.length];
        StringBuilder md = new StringBuilder(4000);
        md.append("---\ntitle: \"").append(type[1]).append(" : ").append(sentence(r, 4, 7)).append(" (").append(i)
                .append(")\"\ndate: ").append(date).append("\ntype: ").append(type[0]).append('\n');
        md.append("deadline: ").append(date.plusDays(10 + r.nextInt(60))).append('\n');
        switch (i % 4) {
            case 1 -> md.append("status: filled\n");
            case 2 -> md.append("status: closed\n");
            default -> { }
        }
        md.append("location: \"").append(PLACES[r.nextInt(PLACES.length)]).append("\"\n");
        md.append("duration: \"").append(6 + r.nextInt(7)).append(" mois\"\n");
        md.append("contract: \"").append(i % 2 == 0 ? "CDD 12 mois" : "CDI").append("\"\n");
        md.append("contact: \"recrutement@example.org\"\n");
        md.append("tags: [").append(String.join(", ", tags(r))).append("]\n---\n");
        md.append("## Contexte\n\n").append(paragraph(r, 80, 120)).append("\n\n## Missions\n\n");
        for (int k = 0; k < 6; k++) {
            md.append("- ").append(sentence(r, 6, 12)).append(" ;\n");
        }
        md.append("\n## Profil\n\n").append(paragraph(r, 80, 120)).append("\n\n## Pour candidater\n\n")
                .append(paragraph(r, 60, 100)).append("\n");
        return md.toString();
    }

    private static List<String> tags(Random r) {
        List<String> tags = new ArrayList<>();
        int n = 1 + r.nextInt(4);
        while (tags.size() < n) {
            String tag = TAGS[r.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag.contains(",") || tag.contains("’") ? "\"" + tag + "\"" : tag);
            }
        }
        return tags;
    }

    private static String paragraph(Random r, int min, int max) {
        StringBuilder p = new StringBuilder();
        int words = min + r.nextInt(max - min + 1);
        int done = 0;
        while (done < words) {
            int n = 8 + r.nextInt(10);
            String s = capitalize(sentence(r, n, n));
            if (r.nextInt(5) == 0) {
                s = s.replaceFirst(" (\\p{L}+) ", " *$1* ");
            } else if (r.nextInt(7) == 0) {
                s = s.replaceFirst(" (\\p{L}+) ", " **$1** ");
            }
            p.append(s).append(". ");
            done += n;
        }
        return p.toString().strip();
    }

    private static String sentence(Random r, int min, int max) {
        int n = min + r.nextInt(max - min + 1);
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                s.append(' ');
            }
            s.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int count(String s) {
        return s.split("\\s+").length;
    }
}
