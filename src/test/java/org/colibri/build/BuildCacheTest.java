package org.colibri.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.colibri.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache never changes what a build writes: after every kind of change, a build that
 * uses the cache writes exactly what a cold build (no cache, no output folder) writes.
 */
class BuildCacheTest {

    @TempDir
    Path dir;

    @TempDir
    Path coldOut;

    FixtureSite site;

    @BeforeEach
    void writeSite() {
        site = FixtureSite.create(dir, FixtureSite.SITE_YML + """
                -- content/articles/a.md --
                ---
                title: A
                date: 2024-10-01
                author: Équipe Togo
                tags: [Santé]
                ---
                Voir [l'article B](b.md#suite) et ![logo](../images/logo.svg).
                -- content/articles/b.md --
                ---
                title: B
                date: 2024-10-02
                tags: [Togo]
                ---
                ## Suite

                Texte de B.
                -- content/images/logo.svg --
                <svg xmlns="http://www.w3.org/2000/svg"/>
                -- templates/page.ftlh --
                <!DOCTYPE html><title>${page.title}</title><main>${page.content?no_esc}</main>
                -- content/pages/a-propos.md --
                ---
                title: À propos
                ---
                Nous.
                """);
    }

    /** Builds with the cache into public/, cold into another folder, and compares the two. */
    private void assertCachedBuildEqualsColdBuild() {
        FixtureSite.Run cached = site.build();
        assertThat(cached.exitCode()).as(cached.err()).isZero();
        FixtureSite.Run cold = site.build("--no-cache", "--output", coldOut.resolve("public").toString());
        assertThat(cold.exitCode()).as(cold.err()).isZero();
        assertThat(FixtureSite.tree(site.output())).isEqualTo(FixtureSite.tree(coldOut.resolve("public")));
        // the same warnings, whether the items and bodies came from the cache or not
        assertThat(cached.err()).isEqualTo(cold.err());
    }

    /** The body cache's files that exist. */
    private static java.util.List<Path> shardFiles(Path directory) {
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int shard = 0; shard < ShardedStore.SHARDS; shard++) {
            if (Files.exists(BuildCache.file(directory, shard))) {
                files.add(BuildCache.file(directory, shard));
            }
        }
        return files;
    }

    private Path cacheDir() {
        return dir.resolve(".colibri/cache");
    }

    @Test
    void aSecondBuildReusesTheCacheAndWritesTheSameSite() {
        assertCachedBuildEqualsColdBuild();
        assertThat(shardFiles(cacheDir())).isNotEmpty();
        assertThat(cacheDir().resolve(PageManifest.FILE)).exists();
        assertThat(BuildCache.open(cacheDir()).loadedSize()).isEqualTo(3);
        assertThat(ItemCache.open(cacheDir()).loadedSize()).isEqualTo(3);
        assertCachedBuildEqualsColdBuild();
    }

    @Test
    void anEditRewritesOnlyTheCacheFilesOfTheChangedKeys() throws IOException {
        assertCachedBuildEqualsColdBuild();
        java.util.Map<Path, byte[]> before = new java.util.HashMap<>();
        for (Path file : shardFiles(cacheDir())) {
            before.put(file, Files.readAllBytes(file));
        }
        site.write("""
                -- content/pages/a-propos.md --
                ---
                title: À propos, modifié
                ---
                Un autre texte.
                """);
        assertThat(site.build().exitCode()).isZero();
        long rewritten = 0;
        for (Path file : shardFiles(cacheDir())) {
            if (!before.containsKey(file) || !java.util.Arrays.equals(before.get(file), Files.readAllBytes(file))) {
                rewritten++;
            }
        }
        // the old key leaves one file, the new key enters one (maybe the same)
        assertThat(rewritten).isBetween(1L, 2L);
        assertThat(BuildCache.open(cacheDir()).loadedSize()).isEqualTo(3);
    }

    @Test
    void followsAnEditedDocument() {
        assertCachedBuildEqualsColdBuild();
        site.write("""
                -- content/articles/b.md --
                ---
                title: B modifié
                date: 2024-10-02
                tags: [Togo, Santé]
                ---
                ## Suite

                Texte changé.
                """);
        assertCachedBuildEqualsColdBuild();
        assertThat(site.read("articles/b/index.html")).contains("Texte changé.");
        assertThat(site.read("tags/sante/index.html")).contains("B modifié");
    }

    @Test
    void followsALinkedPageThatMoved() {
        assertCachedBuildEqualsColdBuild();
        site.write("""
                -- content/articles/b.md --
                ---
                title: B
                date: 2024-10-02
                slug: b-renomme
                ---
                ## Suite
                """);
        assertCachedBuildEqualsColdBuild();
        assertThat(site.read("articles/a/index.html")).contains("href=\"/articles/b-renomme/#suite\"");
        assertThat(site.exists("articles/b/index.html")).isFalse();
        assertThat(site.output().resolve("articles/b")).as("the emptied folder goes too").doesNotExist();
    }

    @Test
    void followsAnEditedTemplate() {
        assertCachedBuildEqualsColdBuild();
        site.write("""
                -- templates/page.ftlh --
                <!DOCTYPE html><title>${page.title} !</title><main>${page.content?no_esc}</main>
                """);
        assertCachedBuildEqualsColdBuild();
        assertThat(site.read("a-propos/index.html")).contains("<title>À propos !</title>");
    }

    @Test
    void followsAnEditedSiteYml() {
        assertCachedBuildEqualsColdBuild();
        site.write(FixtureSite.SITE_YML.replace("https://example.org/", "https://example.org/sous-dossier/")
                + "markdown:\n  rawHtml: escape\n");
        assertCachedBuildEqualsColdBuild();
        assertThat(site.read("articles/a/index.html")).contains("href=\"/sous-dossier/articles/b/#suite\"");
    }

    @Test
    void followsATimeZoneChangeThatMovesDates() {
        assertCachedBuildEqualsColdBuild();
        site.write(FixtureSite.SITE_YML + "timezone: \"Pacific/Kiritimati\"\n");
        assertCachedBuildEqualsColdBuild();
    }

    @Test
    void reportsTheWarningsOfAnItemTakenFromTheCache() {
        site.write("""
                -- content/articles/c.md --
                ---
                title: C
                date: 2024-10-03
                sumary: Une faute de frappe.
                ---
                Texte de C.
                """);
        String warning = "content/articles/c.md:4: warning: unknown key 'sumary'; did you mean 'summary'?";
        assertThat(site.build().err()).contains(warning);
        assertThat(ItemCache.open(cacheDir()).loadedSize()).isEqualTo(4);
        assertThat(site.build().err()).contains(warning);
        assertCachedBuildEqualsColdBuild();
    }

    @Test
    void aCacheThatCannotBeWrittenIsOneWarning() throws IOException {
        Path notAFolder = dir.resolve("fichier");
        Files.writeString(notAFolder, "pas un dossier");
        FixtureSite.Run run = site.build("--cache-dir", notAFolder.resolve("cache").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).filteredOn(line -> line.contains("cannot write the build cache")).hasSize(1)
                .first().asString().contains("check the folder's permissions");
        assertThat(FixtureSite.tree(site.output())).isNotEmpty();
    }

    @Test
    void anotherColibriVersionDoesNotReadTheCache() throws IOException {
        assertCachedBuildEqualsColdBuild();
        assertThat(BuildCache.open(cacheDir(), "0.0.0-autre").loadedSize()).isZero();
        BuildCache other = BuildCache.open(cacheDir(), "0.0.0-autre");
        other.save();
        assertThat(BuildCache.open(cacheDir()).loadedSize()).isZero();
        assertCachedBuildEqualsColdBuild();
    }

    @Test
    void ignoresATruncatedOrCorruptCache() throws IOException {
        assertCachedBuildEqualsColdBuild();
        for (Path bodies : shardFiles(cacheDir())) {
            byte[] bytes = Files.readAllBytes(bodies);
            Files.write(bodies, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        Files.write(cacheDir().resolve(PageManifest.FILE), new byte[] {1, 2, 3});
        assertThat(BuildCache.open(cacheDir()).loadedSize()).isZero();
        FixtureSite.Run run = site.build();
        assertThat(run.err()).isEmpty();
        assertCachedBuildEqualsColdBuild();

        for (Path bodies : shardFiles(cacheDir())) {
            byte[] bytes = Files.readAllBytes(bodies);
            bytes[bytes.length / 2] ^= 0x5A; // one flipped byte: the checksum no longer matches
            Files.write(bodies, bytes);
        }
        assertThat(BuildCache.open(cacheDir()).loadedSize()).isZero();
        assertCachedBuildEqualsColdBuild();
    }

    @Test
    void followsADeletedDocument() throws IOException {
        assertCachedBuildEqualsColdBuild();
        Files.delete(dir.resolve("content/pages/a-propos.md"));
        assertCachedBuildEqualsColdBuild();
        assertThat(site.output().resolve("a-propos")).doesNotExist();
    }

    @Test
    void rewritesAnOutputFileChangedByHand() throws IOException {
        assertCachedBuildEqualsColdBuild();
        Files.writeString(site.output().resolve("articles/a/index.html"), "modifié à la main");
        Files.writeString(site.output().resolve("en-trop.html"), "à supprimer");
        assertCachedBuildEqualsColdBuild();
        try (var files = Files.walk(site.output())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".colibri-new"));
        }
    }

    @Test
    void noCacheWritesNoCacheAndCacheDirMovesIt(@TempDir Path elsewhere) {
        assertThat(site.build("--no-cache").exitCode()).isZero();
        assertThat(dir.resolve(".colibri")).doesNotExist();
        assertThat(site.build("--cache-dir", elsewhere.resolve("cache").toString()).exitCode()).isZero();
        assertThat(shardFiles(elsewhere.resolve("cache"))).isNotEmpty();
        assertThat(dir.resolve(".colibri")).doesNotExist();
    }

    @Test
    void buildsInAFreshJvmWriteTheSameBytes(@TempDir Path second) throws Exception {
        // Each JVM orders hash-based collections differently: builds in separate processes show it.
        Path first = coldOut.resolve("first");
        assertThat(forkedBuild(first)).isZero();
        assertThat(forkedBuild(second.resolve("public"))).isZero();
        assertThat(FixtureSite.tree(second.resolve("public"))).isEqualTo(FixtureSite.tree(first));
        assertThat(site.build("--no-cache").exitCode()).isZero();
        assertThat(FixtureSite.tree(site.output())).isEqualTo(FixtureSite.tree(first));
    }

    private int forkedBuild(Path output) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.colibri.Main", "build", "--no-cache",
                "--source", dir.toString(), "--output", output.toString(), "--now", "2024-11-20", "--quiet")
                .redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes());
        int code = process.waitFor();
        assertThat(printed).isEmpty();
        return code;
    }

}
