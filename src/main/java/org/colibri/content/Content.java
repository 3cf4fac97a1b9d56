package org.colibri.content;

import java.util.List;

/** Everything under {@code content/}: items in path order and files to copy. */
public record Content(List<Item> items, List<StaticFile> files) {
}
