package org.caucus.network;

import org.caucus.corpus.StakeholderGroup;

/**
 * A node of a network: a participant, an organisation or (in the affiliation network) a position.
 *
 * @param id stable within one project: {@code participant-12}, {@code organisation-ISOC}, {@code position-7}
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
        return new NetworkNode("organisation-" + name, Kind.ORGANISATION, name, name, group, null, name);
    }

    static NetworkNode position(long id, String name) {
        return new NetworkNode("position-" + id, Kind.POSITION, name, null, null, null, id);
    }
}
