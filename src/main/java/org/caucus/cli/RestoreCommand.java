package org.caucus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.caucus.exchange.ExchangeException;
import org.caucus.exchange.ProjectBackup;
import org.springframework.stereotype.Component;

/**
 * {@code restore}: restores a backup as a new project, under the name it was backed up with or
 * under {@code --project}. A file that cannot be restored changes nothing and exits 1.
 */
@Component
class RestoreCommand implements Command {

    private final ProjectBackup backup;

    RestoreCommand(ProjectBackup backup) {
        this.backup = backup;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --in FILE.zip [--project NEW_NAME]";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project", "in"));
        Path in = OutputFile.existing(arguments);
        try {
            ProjectBackup.Restored restored = backup.restore(
                    in.getFileName().toString(), in, arguments.option("project").orElse(null));
            out.println(restored.summary());
            return OK;
        } catch (ExchangeException e) {
            out.println("failed   " + e.getMessage());
            return SOME_FAILED;
        }
    }
}
