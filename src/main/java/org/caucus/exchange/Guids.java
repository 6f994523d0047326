package org.caucus.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.caucus.coding.StanceQualifier;
import org.caucus.project.Project;

/**
 * The GUIDs a REFI-QDA file gives Caucus' things. Each is derived from the thing's id within its
 * project, so every export of a project names the same code, source or coding the same way and
 * another tool can recognise what it imported before. Coders and variables are the same people
 * and fields in every project, so theirs do not depend on the project.
 */
final class Guids {

    private final String project;

    private Guids(String project) {
        this.project = project;
    }

    static Guids of(Project project) {
        return new Guids(
                "project:" + project.getId() + ":" + project.getCreatedAt().toEpochMilli() + ":");
    }

    String issue(long id) {
        return guid(project + "issue:" + id);
    }

    String position(long id) {
        return guid(project + "position:" + id);
    }

    String qualifier(long positionId, StanceQualifier qualifier) {
        return guid(project + "position:" + positionId + ":" + qualifier.name());
    }

    String message(long id) {
        return guid(project + "message:" + id);
    }

    String participant(long id) {
        return guid(project + "participant:" + id);
    }

    String selection(long annotationId) {
        return guid(project + "annotation:" + annotationId);
    }

    String coding(long annotationId) {
        return guid(project + "annotation:" + annotationId + ":coding");
    }

    String memo(long annotationId) {
        return guid(project + "annotation:" + annotationId + ":memo");
    }

    static String user(String coder) {
        return guid("user:" + coder);
    }

    static String variable(String name) {
        return guid("variable:" + name);
    }

    private static String guid(String name) {
        return UUID.nameUUIDFromBytes(("caucus:" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
