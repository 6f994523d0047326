package org.caucus.codebook;

/** What a codebook file changed. Positions are matched by issue and name, ignoring case. */
public record CodebookImport(int issuesAdded, int positionsAdded, int positionsUpdated) {

    public String summary() {
        return "%d issues added, %d positions added, %d positions updated."
                .formatted(issuesAdded, positionsAdded, positionsUpdated);
    }
}
