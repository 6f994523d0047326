package org.caucus.corpus.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.Executor;
import org.caucus.corpus.ArchiveImportService;
import org.caucus.corpus.ImportHistory;
import org.caucus.corpus.ImportRemoval;
import org.caucus.corpus.ListArchives;
import org.caucus.project.ProjectAccess;
import org.caucus.project.ui.OpenProject;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The Import page: the import form for the open project and the imports it has had, or a word on where to start when
 * there is none.
 */
@PermitAll
@Route("import")
@PageTitle("Import · Caucus")
class ImportView extends VerticalLayout {

    ImportView(
            ArchiveImportService importer,
            ImportHistory history,
            ImportRemoval removal,
            ProjectAccess access,
            ListArchives lists,
            OpenProject openProject,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        add(new H2("Import"));
        openProject
                .project()
                .ifPresentOrElse(
                        project -> {
                            EarlierImports earlier = new EarlierImports(
                                    history, removal, project, access.canOwn(project.getId()), importer::isRunningHere);
                            ImportForm form =
                                    new ImportForm(importer, history, lists, project, executor, earlier::refresh);
                            earlier.whenRemoved(form::importRemoved);
                            add(form, earlier);
                        },
                        () -> add(new Paragraph(
                                "There is no project to import into yet: create one on the Projects page.")));
    }
}
