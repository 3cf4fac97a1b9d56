package org.colibri.markdown;

/**
 * Rewrites the link and image targets of one document (relative {@code .md} links to page URLs,
 * relative image paths to where the file is published) and reports targets that do not exist.
 */
public interface LinkResolver {

    /** What a destination is in the document. */
    enum Target { LINK, IMAGE }

    /**
     * @param url  the destination as written
     * @param line the 1-based line of the file where it is written
     * @return the URL to publish, or {@code url} itself to leave it unchanged
     */
    String resolve(String url, Target target, int line);

    LinkResolver IDENTITY = (url, target, line) -> url;
}
