package org.colibri.check;

import org.colibri.content.Kind;
import org.colibri.diagnostic.Diagnostic;
import org.colibri.diagnostic.Diagnostics;
import org.colibri.diagnostic.SourceLocation;
import org.colibri.site.Entry;

/**
 * Articles whose description in lists, feeds, search results and link previews would say almost
 * nothing: no {@code summary} and a first paragraph too short to stand in for one.
 */
final class SummaryCheck implements Check {

    static final String RULE = "summary";

    /** About eight words: below this, a description says little (search engines show up to ~155). */
    static final int MIN_LENGTH = 50;

    @Override
    public void run(CheckContext context, Diagnostics findings) {
        for (Entry entry : context.site().articles()) {
            if (entry.kind() != Kind.ARTICLE || entry.item().summary() != null) {
                continue;
            }
            String first = entry.content().firstParagraph().strip();
            if (first.length() >= MIN_LENGTH) {
                continue;
            }
            String problem = first.isEmpty() ? "article without 'summary' nor a first paragraph to describe it"
                    : "article without 'summary', and its first paragraph (\"" + first + "\") is too short to"
                            + " describe it";
            findings.add(Diagnostic.warning(SourceLocation.of(entry.item().sourcePath(), entry.item().lineOf("")),
                    problem + "; add summary: \"…\" with one or two sentences for lists, search engines and"
                            + " social networks").withRule(RULE));
        }
    }
}
