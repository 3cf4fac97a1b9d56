package org.colibri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The publishing pipelines are valid YAML, use the official actions, and run the same
 * {@code ./colibri} commands as the README documents.
 */
class PublishingFilesTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> yaml(String file) throws IOException {
        return (Map<Object, Object>) new Yaml().load(Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, Object... keys) {
        Object current = node;
        for (Object key : keys) {
            current = key instanceof Integer i ? ((List<Object>) current).get(i) : ((Map<Object, Object>) current).get(key);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    private static List<String> githubCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) at(yaml(".github/workflows/publish.yml"),
                "jobs", "build", "steps")) {
            if (step.get("run") != null) {
                commands.add(((String) step.get("run")).strip());
            }
        }
        return commands;
    }

    @Test
    void githubWorkflowChecksBuildsAndDeploysOnPushAndDaily() throws IOException {
        Map<Object, Object> workflow = yaml(".github/workflows/publish.yml");
        // YAML 1.1 reads the key 'on' as true; GitHub reads it as "on".
        Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE);

        assertThat(at(on, "push", "branches").toString()).isEqualTo("[main]");
        assertThat(at(on, "schedule", 0, "cron").toString()).matches("\\d+ \\d+ \\* \\* \\*");
        assertThat(at(workflow, "permissions").toString()).contains("pages=write", "id-token=write");
        List<Map<String, Object>> steps = at(workflow, "jobs", "build", "steps");
        assertThat(steps.stream().map(s -> (String) s.get("uses")).filter(u -> u != null).toList()).containsExactly(
                "actions/checkout@v4", "actions/setup-java@v4", "actions/cache@v4", "actions/configure-pages@v5",
                "actions/upload-pages-artifact@v3");
        assertThat(at(steps.get(1), "with").toString()).contains("distribution=temurin", "java-version=17",
                "cache=maven");
        assertThat(at(steps.get(2), "with", "path").toString()).isEqualTo(".colibri/cache");
        assertThat(at(steps.get(6), "with", "path").toString()).isEqualTo("public");
        assertThat(githubCommands()).containsExactly("./colibri check --external --format github",
                "./colibri build --base-url \"${{ steps.pages.outputs.base_url }}\"");
        assertThat(at(workflow, "jobs", "deploy", "steps", 0, "uses").toString()).isEqualTo("actions/deploy-pages@v4");
        assertThat(at(workflow, "jobs", "deploy", "needs").toString()).isEqualTo("build");
    }

    @Test
    void gitlabPagesJobDoesTheSame() throws IOException {
        Map<Object, Object> ci = yaml(".gitlab-ci.yml");

        assertThat(at(ci, "pages", "image").toString()).isEqualTo("maven:3.9-eclipse-temurin-17");
        assertThat(at(ci, "pages", "script").toString()).isEqualTo(
                "[./colibri check --external, ./colibri build --base-url \"$CI_PAGES_URL\"]");
        assertThat(at(ci, "pages", "artifacts", "paths").toString()).isEqualTo("[public]");
        assertThat(at(ci, "pages", "cache", "paths").toString()).contains(".colibri/cache");
        assertThat(at(ci, "pages", "rules").toString()).contains("schedule", "$CI_DEFAULT_BRANCH");
    }

    @Test
    void theReadmeDocumentsTheSameCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assumeThat(readme).as("README.md has no Publishing section yet").contains("## Publishing");
        List<String> commands = new ArrayList<>(githubCommands());
        commands.addAll(at(yaml(".gitlab-ci.yml"), "pages", "script"));
        for (String command : commands) {
            assertThat(readme).as("README documents %s", command).contains(command);
        }
    }

    @Test
    void theLauncherIsExecutable() {
        assertThat(Files.isExecutable(ROOT.resolve("colibri"))).isTrue();
    }
}
