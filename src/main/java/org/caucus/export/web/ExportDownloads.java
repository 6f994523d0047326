package org.caucus.export.web;

import org.caucus.export.ExportFile;
import org.caucus.export.ExportService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a project's earlier exports at a stable address that can be bookmarked or fetched by a
 * script with the session's cookie. Somebody else's project answers 404, exactly as a missing file.
 */
@RestController
class ExportDownloads {

    static final String PATH = "/downloads/exports/";

    private final ExportService exports;

    ExportDownloads(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping(PATH + "{projectId}/{name}")
    ResponseEntity<Resource> download(@PathVariable long projectId, @PathVariable String name) {
        return exports.export(projectId, name)
                .map(ExportDownloads::attachment)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Not "forbidden": that would tell an outsider the project exists. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }

    private static ResponseEntity<Resource> attachment(ExportFile file) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name())
                                .build()
                                .toString())
                .contentLength(file.bytes())
                .body(new FileSystemResource(file.path()));
    }
}
