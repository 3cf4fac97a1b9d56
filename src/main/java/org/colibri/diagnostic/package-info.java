/**
 * Problems found in a site, where they are ({@code path:line:column}), and how they are printed.
 * Every other package reports through these types; none of them prints a stack trace to an editor.
 */
package org.colibri.diagnostic;
