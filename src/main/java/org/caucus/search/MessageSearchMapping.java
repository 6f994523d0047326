package org.caucus.search;

import java.util.List;
import org.caucus.corpus.Message;
import org.caucus.corpus.Participant;
import org.caucus.project.Project;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * How messages are indexed. The mapping is declared here rather than as annotations on the
 * entities, so that the corpus module knows nothing of search. Only facts that never change after
 * import are indexed (the message text is immutable); whether a message is coded, and its thread,
 * which is rebuilt after every import, are looked up in the database at query time instead.
 */
public class MessageSearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String BODY = "body";
    static final String SUBJECT = "subject";
    static final String POSTER_NAME = "poster.displayName";
    static final String POSTER_ID = "poster.id";
    static final String PROJECT_ID = "project.id";
    static final String LIST_NAME = "listName";
    static final String SENT_AT = "sentAt";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep message = context.programmaticMapping().type(Message.class);
        message.indexed().index("message");
        // Stored for the highlighter, which finds where in the text each hit lies.
        message.property(BODY)
                .fullTextField()
                .projectable(Projectable.YES)
                .highlightable(List.of(Highlightable.UNIFIED));
        message.property(SUBJECT).fullTextField();
        message.property(LIST_NAME).keywordField();
        message.property(SENT_AT).genericField().sortable(Sortable.YES);
        // A participant's name can be corrected later; messages keep the name they were indexed with
        // until the next rebuild rather than re-indexing every message of theirs on each edit.
        message.property("poster")
                .indexedEmbedded()
                .includePaths("id", "displayName")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        message.property("project")
                .indexedEmbedded()
                .includePaths("id")
                .indexingDependency()
                .reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        TypeMappingStep participant = context.programmaticMapping().type(Participant.class);
        participant.property("id").genericField();
        participant.property("displayName").fullTextField();
        context.programmaticMapping().type(Project.class).property("id").genericField();
    }
}
