package org.colibri;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.colibri.cli.ColibriCommandLine;
import org.colibri.cli.Environment;

/** The {@code colibri} program: builds the command line, runs it, exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // FreeMarker would otherwise pick a logging library and print to the console by itself.
        System.setProperty("org.freemarker.loggerLibrary", "none");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = ColibriCommandLine.create(out, err, Environment.system(), args).execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug in the site, and not one a stack trace would explain: say what to do.
            err.println("error: Colibri ran out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB of heap); give Java more, e.g. COLIBRI_JAVA_OPTS=\"-XX:+UseSerialGC -Xmx8g\" ./colibri ...");
            code = 3;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
