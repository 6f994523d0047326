package org.caucus.corpus.importing;

/**
 * A part of a message that is listed but not imported as text.
 *
 * @param name the file name the sender gave, or null
 * @param mimeType the declared type, like {@code image/gif}
 * @param size its size in bytes after transfer decoding
 */
public record Attachment(String name, String mimeType, long size) {}
