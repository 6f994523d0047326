package org.caucus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.caucus.exchange.ProjectBackup;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.springframework.stereotype.Component;

/** {@code backup}: writes everything of one project into one file that {@code restore} reads. */
@Component
class BackupCommand implements Command {

    private final ProjectService projects;
    private final ProjectBackup backup;

    BackupCommand(ProjectService projects, ProjectBackup backup) {
        this.projects = projects;
        this.backup = backup;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME --out FILE.zip";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "out"));
        Project project = QdpxExportCommand.existingProject(projects, arguments.required("project"));
        Path file = Path.of(arguments.required("out"));
        OutputFile.write(file, stream -> backup.write(project, stream));
        out.println(project.getName() + ": backed up to " + file);
        return OK;
    }
}
