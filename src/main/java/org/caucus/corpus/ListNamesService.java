package org.caucus.corpus;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.caucus.project.Project;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of a project's lists. An archive names its list by a subject tag, a List-Id or an address, and the
 * analysts may want another name, or two lists taken as one (a list that moved from one host to another). A list
 * renamed here keeps its name in later imports of the same archive.
 */
@Service
@Transactional(readOnly = true)
public class ListNamesService {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ProjectImports projectImports;
    private final MessageRepository messages;

    ListNamesService(
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            ProjectImports projectImports,
            MessageRepository messages) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.events = events;
        this.projectImports = projectImports;
    }

    /**
     * Gives a list of the project a new name; a name another list has merges the two.
     *
     * @return how many messages the list held
     * @throws IllegalArgumentException when the project has no such list or the new name is empty or too long;
     *     nothing is changed then
     * @throws ImportRunningException while an import into the project runs, which names lists as it stores
     */
    @Transactional
    @PreAuthorize("@projectAccess.canCode(#project?.id)")
    public int rename(Project project, String list, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Give the list \"" + list + "\" a name.");
        }
        if (name.length() > FieldLimits.LIST_NAME) {
            throw new IllegalArgumentException("A list's name holds at most " + FieldLimits.LIST_NAME
                    + " characters; the new name for \"" + list + "\" has " + name.length() + ".");
        }
        long projectId = project.getId();
        projectImports.holdUntilTransactionEnds(projectId, "The list \"" + list + "\" cannot be renamed");
        List<Long> messageIds = jdbc.queryForList(
                "select id from message where project_id = ? and list_name = ?", Long.class, projectId, list);
        if (messageIds.isEmpty()) {
            throw new IllegalArgumentException("This project has no list named \"" + list + "\".");
        }
        if (name.equals(list)) {
            return messageIds.size();
        }
        jdbc.update("update message set list_name = ? where project_id = ? and list_name = ?", name, projectId, list);
        jdbc.update(
                "update list_alias set list_name = ? where project_id = ? and list_name = ?", name, projectId, list);
        String alias = list.toLowerCase(Locale.ROOT);
        String folded = name.toLowerCase(Locale.ROOT);
        // The name chosen now is this list's, even where an earlier rename had sent it to another.
        jdbc.update("delete from list_alias where project_id = ? and alias in (?, ?)", projectId, alias, folded);
        if (!alias.equals(folded)) {
            jdbc.update(
                    "insert into list_alias (project_id, alias, list_name) values (?, ?, ?)", projectId, alias, name);
        }
        events.publishEvent(new ListRenamed(projectId, messageIds));
        return messageIds.size();
    }

    /**
     * The project's lists that differ in case alone ("Twisted-Python", "Twisted-python"), as imports before each list
     * took one spelling stored them: each group in code point order, the spelling an import would keep first.
     */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public List<List<String>> spelledAlike(Project project) {
        return spelledAlike(storedNames(project.getId()));
    }

    /** The names that differ in case alone, each group in code point order, as {@link #spelledAlike(Project)}. */
    public static List<List<String>> spelledAlike(Collection<String> names) {
        return names.stream()
                .sorted()
                .collect(Collectors.groupingBy(
                        name -> name.toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()))
                .values()
                .stream()
                .filter(spellings -> spellings.size() > 1)
                .toList();
    }

    /**
     * Merges each group of {@link #spelledAlike} lists into its first spelling, all in one transaction.
     *
     * @return how many lists were merged into others
     * @throws ImportRunningException while an import into the project runs
     */
    @Transactional
    @PreAuthorize("@projectAccess.canCode(#project?.id)")
    public int mergeSpelledAlike(Project project) {
        int merged = 0;
        for (List<String> spellings : spelledAlike(project)) {
            for (String other : spellings.subList(1, spellings.size())) {
                rename(project, other, spellings.getFirst());
                merged++;
            }
        }
        return merged;
    }

    /** How the project's subjects are shown without their lists' tags: its messages' subjects carry earlier names'. */
    @PreAuthorize("@projectAccess.canRead(#project?.id)")
    public ListTags listTags(Project project) {
        return new ListTags(aliases(project.getId()).stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toSet()))));
    }

    /** How the project names its lists, for an import into it. */
    ListSpellings spellings(long projectId) {
        Map<String, String> renamed =
                aliases(projectId).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new ListSpellings(renamed, storedNames(projectId));
    }

    /** Each earlier name of a renamed list, in lower case, with the list's name now. */
    private List<Map.Entry<String, String>> aliases(long projectId) {
        return jdbc.query(
                "select alias, list_name from list_alias where project_id = ?",
                (row, number) -> Map.entry(row.getString(1), row.getString(2)),
                projectId);
    }

    /**
     * The list names the project's messages have, in code point order whichever database sorted them: the first
     * spelling an import keeps is then the same on H2 and PostgreSQL.
     */
    private List<String> storedNames(long projectId) {
        return messages.findListNames(projectId).stream().sorted().toList();
    }
}
