package org.caucus.export;

import java.nio.file.Path;
import java.time.Instant;

/** An export written earlier, as the Exports page lists it. */
public record ExportFile(String name, Path path, long bytes, Instant writtenAt) {}
