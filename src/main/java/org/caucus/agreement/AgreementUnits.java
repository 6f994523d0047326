package org.caucus.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caucus.coding.StanceQualifier;

/**
 * Turns coded passages into the data of the agreement measures. The unit is a message and a
 * position; a coder's category for it is the qualifiers they gave that position in that message
 * ("supports", or "supports and opposes" when two speakers in it disagree), or "not coded". See
 * docs/decisions/2026-11-29-agreement-unit-is-message-and-position.md.
 *
 * <p>Only messages that a chosen coder coded and positions that a chosen coder used there make
 * units: the rest would pad every measure with agreement on silence.
 */
final class AgreementUnits {

    static final String NOT_CODED = "not coded";

    private final List<String> coders;
    private final List<Long> positionIds;
    /** Offset of each message on the continuum of the unitizing measure, in message id order. */
    private final Map<Long, Long> messageOffsets = new LinkedHashMap<>();

    private final long continuumLength;
    private final List<CodedSpan> spans;
    /** message → position → coder → qualifiers. */
    private final Map<Long, Map<Long, Map<String, Set<StanceQualifier>>>> categories = new TreeMap<>();

    /**
     * @param positionOrder every position of the codebook in the order the report lists them
     */
    AgreementUnits(List<String> coders, List<CodedSpan> spans, List<Long> positionOrder) {
        this.coders = List.copyOf(coders);
        this.spans = List.copyOf(spans);
        Map<Long, Integer> lengths = new TreeMap<>();
        for (CodedSpan span : spans) {
            if (!coders.contains(span.coder())) {
                throw new IllegalArgumentException(
                        "A passage by " + span.coder() + " is not one of the coders " + coders + ".");
            }
            lengths.put(span.messageId(), span.messageLength());
            categories
                    .computeIfAbsent(span.messageId(), id -> new HashMap<>())
                    .computeIfAbsent(span.positionId(), id -> new HashMap<>())
                    .computeIfAbsent(span.coder(), coder -> EnumSet.noneOf(StanceQualifier.class))
                    .add(span.qualifier());
        }
        long offset = 0;
        for (Map.Entry<Long, Integer> message : lengths.entrySet()) {
            messageOffsets.put(message.getKey(), offset);
            offset += message.getValue();
        }
        continuumLength = offset;
        Set<Long> used = spans.stream().map(CodedSpan::positionId).collect(Collectors.toSet());
        positionIds = positionOrder.stream().filter(used::contains).toList();
    }

    int messageCount() {
        return messageOffsets.size();
    }

    /** The positions that make units, in codebook order. */
    List<Long> positionIds() {
        return positionIds;
    }

    int unitCount() {
        return messageCount() * positionIds.size();
    }

    /** Every unit: each message with each position. */
    ReliabilityData all() {
        return units(positionIds);
    }

    /** The units of one position: one per message. */
    ReliabilityData position(long positionId) {
        return units(List.of(positionId));
    }

    /**
     * The passages on one continuum: the messages one after another, each passage a span whose
     * category is its position.
     */
    SpanData spans() {
        SpanData data = new SpanData(coders, 0, Math.max(1, continuumLength));
        for (CodedSpan span : spans) {
            long offset = messageOffsets.get(span.messageId());
            data.add(span.coder(), offset + span.start(), offset + span.end(), span.positionId());
        }
        return data;
    }

    private ReliabilityData units(List<Long> positions) {
        ReliabilityData data = new ReliabilityData(coders);
        for (Map<Long, Map<String, Set<StanceQualifier>>> message : categories.values()) {
            for (long position : positions) {
                Map<String, Set<StanceQualifier>> byCoder = message.getOrDefault(position, Map.of());
                List<Object> unit = new ArrayList<>();
                for (String coder : coders) {
                    unit.add(category(byCoder.get(coder)));
                }
                data.add(unit.toArray());
            }
        }
        return data;
    }

    private static String category(Set<StanceQualifier> qualifiers) {
        if (qualifiers == null) {
            return NOT_CODED;
        }
        return qualifiers.stream().map(StanceQualifier::label).collect(Collectors.joining(" and "));
    }
}
