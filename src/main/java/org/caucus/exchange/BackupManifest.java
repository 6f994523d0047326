package org.caucus.exchange;

import java.util.List;
import java.util.Map;

/**
 * The first thing a restore reads: what wrote the backup, at which database schema version, and
 * for each table its file, its columns with their SQL types, its row count, the SHA-256 of the
 * file (to catch a damaged file before anything is written) and the project fingerprint of the
 * table (to prove the restored project equal to the original).
 */
record BackupManifest(
        String format,
        int formatVersion,
        String schemaVersion,
        String project,
        String createdAt,
        List<TableEntry> tables) {

    static final String FORMAT = "caucus-project-backup";
    static final int FORMAT_VERSION = 1;
    static final String ENTRY = "manifest.json";

    record TableEntry(
            String name, String file, Map<String, Integer> columns, long rows, String sha256, String fingerprint) {}
}
