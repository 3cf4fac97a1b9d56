package org.colibri.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.colibri.build.BuildOptions;
import org.colibri.serve.PreviewServer;
import org.colibri.serve.ServeOptions;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code colibri serve}: a live preview of the site, rebuilt on every save. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Preview the site in a browser, rebuilt in memory on every save.", "",
                "Watches content/, templates/ and site.yml; open pages reload by themselves and show the errors"
                        + " of a save that does not build. Drafts are shown, marked \"Brouillon\". Nothing is"
                        + " written to public/."},
        footer = {"", "Exit codes: 2 bad command line (such as a port in use), 3 internal error or a file that cannot be read or written; Ctrl-C stops."})
public final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SiteOptionsMixin site;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: 127.0.0.1, this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: 8080; 0 picks a free one).")
    int port;

    @Option(names = "--no-drafts", description = "Hide items marked draft: true, as the built site does.")
    boolean noDrafts;

    @Option(names = "--future", description = "Include items dated after --now.")
    boolean future;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path source = site.sourceRoot();
        InetAddress address = checkOptions();
        BuildOptions build = new BuildOptions(source, source.resolve("public"), site.now(root.environment()),
                !noDrafts, future, null, null);
        ServePrinter printer = new ServePrinter(out, err, site.verbose);
        PreviewServer server;
        try {
            server = PreviewServer.start(new ServeOptions(build, new InetSocketAddress(address, port)), printer);
        } catch (BindException e) {
            err.println(bindError(e));
            err.flush();
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> stop(server, out, stopped), "colibri-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (PreviewServer.isPublic(address)) {
                err.println("warning: listening on " + host + ": other machines on the network can open the site,"
                        + " drafts included; use --host 127.0.0.1 to keep it on this machine");
            }
            out.println("Serving at " + server.url() + (noDrafts ? "" : " (drafts shown)")
                    + "; watching content/, templates/ and site.yml. Press Ctrl-C to stop.");
            out.flush();
            if (open) {
                openBrowser(server.url(), out);
            }
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // stopped by the caller (tests), not by Ctrl-C
        } finally {
            if (stopped.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop(server, out, stopped);
            }
        }
        return ExitCodes.OK;
    }

    private static void stop(PreviewServer server, PrintWriter out, CountDownLatch stopped) {
        server.close();
        out.println("Stopped.");
        out.flush();
        stopped.countDown();
    }

    private InetAddress checkOptions() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port " + port + " is not a port number; pass one from 1 to 65535, such as 8080");
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--host " + host + " is not a known address; pass an address of this machine, such as 127.0.0.1");
        }
    }

    private String bindError(BindException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.toLowerCase(Locale.ROOT).contains("in use")) {
            return "error: port " + port + " on " + host + " is in use; pass --port " + freePortNear(port)
                    + " or another free port";
        }
        return "error: cannot listen on " + host + " port " + port + " (" + message.toLowerCase(Locale.ROOT)
                + "); pass --host 127.0.0.1 or an address of this machine";
    }

    /** A port after {@code busy} that is free now, to suggest; {@code busy + 1} when none is found quickly. */
    private int freePortNear(int busy) {
        for (int candidate = busy + 1; candidate <= Math.min(65535, busy + 20); candidate++) {
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getByName(host))) {
                return candidate;
            } catch (IOException e) {
                // taken as well: try the next one
            }
        }
        return Math.min(65535, busy + 1);
    }

    /** {@code --open} never fails the command: without a desktop it says where to go. */
    private static void openBrowser(URI url, PrintWriter out) {
        try {
            if (java.awt.Desktop.isDesktopSupported()
                    && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(url);
                return;
            }
        } catch (IOException | RuntimeException e) {
            // no browser after all: say so below
        }
        out.println("note: --open found no browser to start here; open " + url + " yourself.");
        out.flush();
    }
}
