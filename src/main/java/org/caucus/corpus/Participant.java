package org.caucus.corpus;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.caucus.project.Project;

/**
 * A person in the debate, merged across the names and addresses they wrote under. Imports create participants with
 * JDBC ({@link ParticipantInserts}); here they are read, described and merged.
 */
@Entity
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Project project;

    private String displayName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_address", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "address")
    private Set<String> addresses = new LinkedHashSet<>();

    private String organisation;

    @Enumerated(EnumType.STRING)
    private StakeholderGroup stakeholderGroup;

    private String country;

    protected Participant() {}

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Set<String> getAddresses() {
        return Collections.unmodifiableSet(addresses);
    }

    /** The first address seen for this person, or {@code null} for a name met only in quotes. */
    public String primaryAddress() {
        return addresses.stream().findFirst().orElse(null);
    }

    public String getOrganisation() {
        return organisation;
    }

    public StakeholderGroup getStakeholderGroup() {
        return stakeholderGroup;
    }

    public String getCountry() {
        return country;
    }

    void describe(String organisation, StakeholderGroup stakeholderGroup) {
        this.organisation = organisation;
        this.stakeholderGroup = stakeholderGroup;
    }

    void placeIn(String country) {
        this.country = country;
    }

    /**
     * Takes over the addresses of a participant merged into this one, and what the analyst said about them where
     * nothing was said about this one.
     */
    void absorb(Participant merged) {
        addresses.addAll(merged.addresses);
        if (organisation == null) {
            organisation = merged.organisation;
        }
        if (stakeholderGroup == null) {
            stakeholderGroup = merged.stakeholderGroup;
        }
        if (country == null) {
            country = merged.country;
        }
    }
}
