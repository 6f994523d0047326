package org.caucus.agreement;

import org.caucus.coding.StanceQualifier;

/** One coded passage as the agreement measures need it: where, which position, how, by whom. */
public record CodedSpan(
        long messageId,
        int messageLength,
        int start,
        int end,
        long positionId,
        StanceQualifier qualifier,
        String coder) {}
