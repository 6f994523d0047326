package org.caucus.export;

import java.time.OffsetDateTime;

/** One coded passage as the "Coded passages" sheet and the CSV list it, flattened from every table it touches. */
record CodedPassage(
        long annotationId,
        OffsetDateTime sentAt,
        String list,
        String thread,
        String link,
        String poster,
        String speaker,
        String organisation,
        String stakeholderGroup,
        String country,
        String issue,
        String position,
        String qualifier,
        String passage,
        String contextBefore,
        String contextAfter,
        String originMessage,
        String statementKey,
        String coder,
        String memo,
        OffsetDateTime codedAt) {}
