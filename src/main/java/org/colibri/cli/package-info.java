/**
 * The {@code colibri} command line (picocli): one class per command, shared options, exit codes,
 * and the printing of diagnostics. The only package that imports picocli.
 */
package org.colibri.cli;
