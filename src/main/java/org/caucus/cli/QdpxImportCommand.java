package org.caucus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.caucus.exchange.ExchangeException;
import org.caucus.exchange.QdpxImporter;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/**
 * {@code qdpx-import}: reads a REFI-QDA project file, from Caucus or another tool, into a project
 * (created if absent). A file that cannot be imported changes nothing and exits 1.
 */
@Component
class QdpxImportCommand implements Command {

    private final ProjectService projects;
    private final QdpxImporter importer;

    QdpxImportCommand(ProjectService projects, QdpxImporter importer) {
        this.projects = projects;
        this.importer = importer;
    }

    @Override
    public String name() {
        return "qdpx-import";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME --in FILE.qdpx";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "in"));
        String name = arguments.required("project");
        Path in = OutputFile.existing(arguments);
        Project project = projects.findByName(name).orElseGet(() -> projects.create(name));
        try {
            QdpxImporter.Outcome outcome =
                    importer.importFile(project, in.getFileName().toString(), in);
            out.println(project.getName() + ": " + outcome.summary());
            return OK;
        } catch (ExchangeException e) {
            out.println("failed   " + e.getMessage());
            return SOME_FAILED;
        }
    }
}
