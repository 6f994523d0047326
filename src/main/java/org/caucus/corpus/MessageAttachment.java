package org.caucus.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A part of a message that is not its text: listed by name, type and size, never imported as text. */
@Embeddable
public record MessageAttachment(
        String fileName,
        String mimeType,
        @Column(name = "size_bytes") long sizeBytes) {}
