/**
 * The template model: the only types templates see. Every field is documented in the README's
 * template model table. Fields that may be absent are null (test them with {@code ??} in FreeMarker).
 */
package org.colibri.render.view;
