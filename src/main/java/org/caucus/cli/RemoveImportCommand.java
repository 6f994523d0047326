package org.caucus.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.caucus.corpus.ImportRemoval;
import org.caucus.corpus.ImportRemovalRefused;
import org.caucus.corpus.ImportRunningException;
import org.caucus.project.Project;
import org.caucus.project.ProjectService;
import org.caucus.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * {@code remove-import}: takes an import back, as its report's button does on the Import page, and exits 0 when its
 * messages were removed, 1 when the removal was refused (the reason is printed, and nothing changed), 2 on bad
 * arguments. The import's number is the first column of {@code imports}.
 */
@Component
class RemoveImportCommand implements Command {

    private final ProjectService projects;
    private final ImportRemoval removal;
    private final SearchIndex searchIndex;

    RemoveImportCommand(ProjectService projects, ImportRemoval removal, SearchIndex searchIndex) {
        this.projects = projects;
        this.removal = removal;
        this.searchIndex = searchIndex;
    }

    @Override
    public String name() {
        return "remove-import";
    }

    @Override
    public String usage() {
        return "--data-dir DIR --project NAME IMPORT";
    }

    @Override
    public int run(CommandArguments arguments, PrintStream out) {
        arguments.allowOnly(Set.of("project"));
        String projectName = arguments.required("project");
        List<String> operands = arguments.operands();
        if (operands.size() != 1 || !operands.getFirst().matches("[0-9]{1,18}")) {
            throw new UsageException("name one import by its number, the first column of the imports command.");
        }
        Project project = QdpxExportCommand.existingProject(projects, projectName);
        try {
            ImportRemoval.Removed removed = removal.remove(project, Long.parseLong(operands.getFirst()));
            // The process ends with the command: the search index is to have dropped the messages by then.
            searchIndex.awaitImportsIndexed();
            out.println(projectName + ": removed " + removed.summary() + ".");
            return OK;
        } catch (ImportRemovalRefused | ImportRunningException refused) {
            out.println(projectName + ": " + refused.getMessage());
            return SOME_FAILED;
        }
    }
}
