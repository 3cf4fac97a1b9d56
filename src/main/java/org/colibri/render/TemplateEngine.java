package org.colibri.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * FreeMarker set up as its manual advises for new projects: templates from the site's
 * {@code templates/} folder first, then the theme packaged in the jar; {@code .ftlh} files get
 * HTML auto-escaping; errors are rethrown and reported as {@code templates/NAME:line:column}
 * diagnostics without FreeMarker's stack text. Templates are parsed once and shared by threads.
 */
public final class TemplateEngine {

    /** Where the packaged theme lives in the jar. */
    public static final String THEME_PATH = "/org/colibri/theme";
    /** How packaged templates are named in diagnostics (they are not files of the site). */
    static final String THEME_PREFIX = "colibri:theme/";
    /** The templates every site renders (entry layouts come on top). */
    private static final List<String> STANDARD = List.of("base.ftlh", "article.ftlh", "offer.ftlh", "page.ftlh",
            "list.ftlh", "tag.ftlh", "tags.ftlh", "archive.ftlh", "archives.ftlh", "home.ftlh", "404.ftlh");

    private final Configuration freemarker;
    private final Path siteTemplates;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public TemplateEngine(Path siteTemplates, java.util.Locale locale) throws IOException {
        this.siteTemplates = siteTemplates;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, THEME_PATH));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates are site code, but nothing in them needs to create Java objects or reach the API.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        this.freemarker = cfg;
    }

    /**
     * Parses the standard templates ahead of their first page, so a build can do it (and load
     * FreeMarker's classes) while the content is read. A template that fails to load is left to
     * {@link #render}, which reports it where a page uses it.
     */
    public TemplateEngine preload() {
        for (String name : STANDARD) {
            try {
                if (exists(name)) {
                    freemarker.getTemplate(name);
                }
            } catch (IOException e) {
                // Reported by render, with the page that needs the template.
            }
        }
        return this;
    }

    /** True when the site or the packaged theme has {@code name}. */
    public boolean exists(String name) {
        try {
            return freemarker.getTemplateLoader().findTemplateSource(name) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Renders {@code name} with {@code model}; on error reports it (once per template place) and
     * returns empty.
     *
     * @param origin what is being rendered, named in the first report of each template error
     */
    public Optional<byte[]> render(String name, Map<String, Object> model, String origin, Diagnostics diagnostics) {
        try {
            Template template = freemarker.getTemplate(name);
            PageWriter out = new PageWriter();
            template.process(model, out);
            return Optional.of(out.toBytes());
        } catch (TemplateNotFoundException e) {
            report(diagnostics, SourceLocation.file(sourceName(name)), "unknown template '" + name
                    + "': there is no templates/" + name + " in the site nor in the packaged theme; create it or fix the name");
        } catch (TemplateException | IOException e) {
            // A syntax error is reported at its template's line, whether it comes straight from the
            // parser, through a template that imports the broken one, or wrapped by FreeMarker's
            // cache, which throws a failed parse again (the preload's, or another thread's).
            ParseException syntax = syntaxError(e);
            if (syntax != null) {
                report(diagnostics, new SourceLocation(sourceName(syntax.getTemplateName()), syntax.getLineNumber(),
                        syntax.getColumnNumber()), "template syntax error: " + oneLine(syntax.getEditorMessage())
                        + "; fix the directive at this place");
            } else if (e instanceof TemplateException failure) {
                reportFailure(diagnostics, failure, name, origin);
            } else {
                report(diagnostics, SourceLocation.file(sourceName(name)), "cannot read the template ("
                        + e.getMessage() + "); check the file");
            }
        }
        return Optional.empty();
    }

    /** The parse failure {@code error} is or was caused by, or null. */
    private static ParseException syntaxError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    private void reportFailure(Diagnostics diagnostics, TemplateException e, String name, String origin) {
        String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
        SourceLocation where = new SourceLocation(sourceName(source),
                e.getLineNumber() == null ? 0 : e.getLineNumber(),
                e.getColumnNumber() == null ? 0 : e.getColumnNumber());
        String message = oneLine(e.getMessageWithoutStackTop());
        String fix = message.contains("null or missing")
                ? "; give it a default (value!\"\") or test it with ?? before use"
                : "; fix the expression at this place";
        report(diagnostics, where, "template error while rendering " + origin + ": " + message + fix);
    }

    /** Only the first error at each template place is reported, not one per page. */
    private void report(Diagnostics diagnostics, SourceLocation where, String message) {
        if (reported.add(where.format())) {
            diagnostics.error(where, message);
        }
    }

    /** {@code templates/NAME} when the site has it, otherwise the packaged theme's name. */
    String sourceName(String name) {
        return Files.isRegularFile(siteTemplates.resolve(name)) ? "templates/" + name : THEME_PREFIX + name;
    }

    /** FreeMarker messages span lines and cite the template; a diagnostic is one line. */
    static String oneLine(String message) {
        String text = message == null ? "" : message;
        int tip = text.indexOf("\n----");
        if (tip >= 0) {
            text = text.substring(0, tip);
        }
        text = text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]", "")
                .replaceAll("(?m)^\\s*==>\\s*", "")
                .replaceAll("\\s+", " ").strip();
        if (text.endsWith(".") || text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
