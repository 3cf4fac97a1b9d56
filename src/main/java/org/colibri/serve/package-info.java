/**
 * {@code colibri serve}: the site built in memory and served over HTTP (the JDK's server), rebuilt
 * incrementally when a watched file changes, with live reload over Server-Sent Events and an
 * error overlay while the last save does not build. Serves only the paths of the current
 * snapshot, so nothing outside the site can be reached. The only package that imports
 * {@code com.sun.net.httpserver}.
 */
package org.colibri.serve;
