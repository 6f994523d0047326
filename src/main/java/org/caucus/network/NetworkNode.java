package org.caucus.network;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.caucus.corpus.StakeholderGroup;

/**
 * A node of a network: a participant, an organisation or (in the affiliation network) a position.
 *
 * @param id stable within one project and a valid GraphML id: {@code participant-12}, {@code position-7},
 *     {@code organisation-IT_20for_20Change}
 * @param organisation the participant's organisation, or the organisation's own name
 * @param stakeholderGroup for an organisation, the group most of its members belong to
 * @param key what the node's passages are looked up by: the participant or position id, or the organisation's name
 */
public record NetworkNode(
        String id,
        Kind kind,
        String name,
        String organisation,
        StakeholderGroup stakeholderGroup,
        String country,
        Object key) {

    public enum Kind {
        PARTICIPANT,
        ORGANISATION,
        POSITION;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static NetworkNode participant(long id, String name, String organisation, StakeholderGroup group, String country) {
        return new NetworkNode("participant-" + id, Kind.PARTICIPANT, name, organisation, group, country, id);
    }

    static NetworkNode organisation(String name, StakeholderGroup group) {
        return new NetworkNode("organisation-" + token(name), Kind.ORGANISATION, name, name, group, null, name);
    }

    /**
     * The name as an XML name token, which GraphML requires of ids: letters, digits, dots and
     * hyphens are kept, any other character becomes {@code _} and the hex of its UTF-8 bytes, so
     * that two names never share a token.
     */
    private static String token(String name) {
        StringBuilder token = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) b;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                token.append(c);
            } else {
                token.append('_').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return token.toString();
    }

    static NetworkNode position(long id, String name) {
        return new NetworkNode("position-" + id, Kind.POSITION, name, null, null, null, id);
    }
}
