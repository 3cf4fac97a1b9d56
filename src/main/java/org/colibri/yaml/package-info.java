/**
 * Line-aware reading of YAML: SnakeYAML node trees become typed values, and every wrong value is
 * reported at its own line with how to fix it. The only package that imports SnakeYAML.
 */
package org.colibri.yaml;
