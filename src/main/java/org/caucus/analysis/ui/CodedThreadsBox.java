package org.caucus.analysis.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.caucus.analysis.ScopeChoicesService;
import org.caucus.analysis.ScopeChoicesService.ThreadChoice;
import org.caucus.project.Project;
import org.springframework.modulith.NamedInterface;

/**
 * A choice of the threads that hold coded passages, each shown by its first subject. The threads are read a page at a
 * time as the analyst scrolls or types part of a subject, not when the page opens: reading the thousands of threads of
 * a 100,000-message project held every page that offers the choice for half a second or more.
 */
@NamedInterface("coded-threads")
public class CodedThreadsBox extends MultiSelectComboBox<Long> {

    private final ScopeChoicesService choices;
    private final Project project;
    // The subjects of the threads read so far, which label them in the list and once chosen.
    private final Map<Long, String> subjects = new HashMap<>();

    public CodedThreadsBox(ScopeChoicesService choices, Project project) {
        super("Threads");
        this.choices = choices;
        this.project = project;
        setItemsPageable((page, typed) -> choices.threads(project, typed, page).stream()
                .map(this::remembered)
                .toList());
        setItemLabelGenerator(id -> subjects.getOrDefault(id, "thread " + id));
    }

    /** Chooses these threads, read with their subjects. */
    public void choose(Set<Long> threadIds) {
        subjects.putAll(choices.threadSubjects(project, threadIds));
        setValue(threadIds);
    }

    private long remembered(ThreadChoice thread) {
        subjects.put(thread.id(), thread.subject());
        return thread.id();
    }
}
