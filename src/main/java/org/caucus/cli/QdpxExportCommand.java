package org.caucus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.caucus.exchange.QdpxWriter;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/** {@code qdpx-export}: writes a project as a REFI-QDA project file for other analysis tools. */
@Component
class QdpxExportCommand implements Command {

    private final ProjectService projects;
    private final QdpxWriter writer;

    QdpxExportCommand(ProjectService projects, QdpxWriter writer) {
        this.projects = projects;
        this.writer = writer;
    }

    @Override
    public String name() {
        return "qdpx-export";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME --out FILE.qdpx";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "out"));
        Project project = existingProject(projects, arguments.required("project"));
        Path file = Path.of(arguments.required("out"));
        OutputFile.write(file, stream -> writer.write(project, stream));
        out.println(project.getName() + ": written to " + file);
        return OK;
    }

    static Project existingProject(ProjectService projects, String name) {
        return projects.findByName(name)
                .orElseThrow(() -> new UsageException("There is no project named '" + name + "'."));
    }
}
