package org.caucus.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.caucus.project.NotFoundWhenDenied;
import org.caucus.project.Project;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.HandleAuthorizationDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports a project's coded passages as a workbook or CSV, into the exports folder for the web
 * pages or to a given file for the command line, and lists the exports written earlier.
 */
@Service
public class ExportService {

    private final WorkbookExporter workbooks;
    private final PassagesCsv csv;
    private final int defaultContextChars;
    private final Path exportsDir;
    private final String baseUrl;
    private final Clock clock;

    ExportService(
            WorkbookExporter workbooks,
            PassagesCsv csv,
            @Value("${caucus.export.context-chars}") int defaultContextChars,
            @Value("${caucus.exports-dir}") Path exportsDir,
            @Value("${caucus.base-url}") String baseUrl,
            Clock clock) {
        this.workbooks = workbooks;
        this.csv = csv;
        this.defaultContextChars = defaultContextChars;
        this.exportsDir = exportsDir;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.clock = clock;
    }

    /**
     * Writes the export into the project's own folder under the exports folder, named for project,
     * scope and time, and returns it. Each project's exports are listed and served only to its members.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Path export(Project project, ExportRequest request) {
        String name = ExportFileName.of(project.getName(), request.scope(), LocalDateTime.now(clock), request.format());
        return exportTo(project, request, folderOf(project.getId()).resolve(name));
    }

    /**
     * Writes the export to {@code target}. It is written to a temporary name beside it first and
     * moved into place, so that nobody ever sees a half-written file and an older file of the same
     * name survives a failed export.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public Path exportTo(Project project, ExportRequest request, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".caucus-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                write(project, request, out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export " + target.toAbsolutePath(), e);
        }
    }

    private void write(Project project, ExportRequest request, OutputStream out) throws IOException {
        switch (request.format()) {
            case XLSX ->
                workbooks.write(
                        project,
                        request,
                        new WorkbookExporter.Context(baseUrl, version(), ZonedDateTime.now(clock)),
                        out);
            case CSV -> csv.write(project, request, baseUrl, out);
        }
    }

    /** Characters of context on each side of a passage unless the analyst says otherwise. */
    public int defaultContextChars() {
        return defaultContextChars;
    }

    /** The project's earlier exports, newest first. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    public List<ExportFile> exports(long projectId) {
        Path folder = folderOf(projectId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(ExportService::isExport)
                    .map(ExportService::describe)
                    .sorted(Comparator.comparing(ExportFile::writtenAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the exports in " + folder.toAbsolutePath(), e);
        }
    }

    /** An earlier export of the project by its file name; nothing for a name outside the project's folder. */
    @PreAuthorize("@projectAccess.canRead(#projectId)")
    @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)
    public Optional<ExportFile> export(long projectId, String name) {
        return exports(projectId).stream()
                .filter(file -> file.name().equals(name))
                .findFirst();
    }

    private Path folderOf(long projectId) {
        return exportsDir.resolve("project-" + projectId);
    }

    private static boolean isExport(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file)
                && name.startsWith("caucus-")
                && (name.endsWith("." + ExportFormat.XLSX.extension())
                        || name.endsWith("." + ExportFormat.CSV.extension()));
    }

    private static ExportFile describe(Path file) {
        try {
            return new ExportFile(
                    file.getFileName().toString(),
                    file,
                    Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), e);
        }
    }

    private static String version() {
        String version = ExportService.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
