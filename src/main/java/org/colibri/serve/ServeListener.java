package org.colibri.serve;

/** Hears what the server does, to tell the user; called from the rebuild thread. */
public interface ServeListener {

    /** The port is bound; the first build starts. */
    void listening(java.net.URI url);

    /** A build finished, well or not. */
    void built(BuildEvent event);

    /** A rebuild hit a bug in Colibri; the server goes on with the last good site. */
    void crashed(Exception error);
}
