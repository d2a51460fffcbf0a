/**
 * Reading a stage's heuristics from the resource files beside its classes. It takes an owner
 * class and a resource name; it gives a {@link org.crosscheck.settings.ResourceSettings} whose
 * values are looked up by key (whole numbers, decimals, text, keys sharing a prefix) and word
 * lists (one entry a line, {@code #} comments and blank lines skipped), failing with the
 * resource and key named when a file, key or number is missing or malformed; and
 * {@link org.crosscheck.settings.ShippedModel}, the one way a shipped model file is read, failing
 * with the resource named when it is missing or its reader cannot read it. It must never
 * hold a heuristic of its own: no default values, no case folding, no knowledge of any stage.
 */
package org.crosscheck.settings;
