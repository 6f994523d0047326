package org.caucus.demo;

import java.util.List;
import java.util.function.Function;
import org.caucus.codebook.Position;
import org.caucus.coding.StanceQualifier;

/** A worked example of PRODUCT.md: a phrase of the seed message coded with a position. */
record WorkedExample(String phrase, Function<StarterCodebook, Position> position, StanceQualifier qualifier) {

    static final List<WorkedExample> ALL = List.of(
            new WorkedExample(
                    "we will like to have a direct liaison with the hosts of the Brazil meet",
                    StarterCodebook::directLiaison,
                    StanceQualifier.SUPPORTS),
            new WorkedExample(
                    "I don't in any way support the 1net dialogue appointing itself as an interface",
                    StarterCodebook::oneNetAsInterface,
                    StanceQualifier.OPPOSES),
            new WorkedExample(
                    "we should leave 1net to the private sector and tech community",
                    StarterCodebook::leaveOneNet,
                    StanceQualifier.SUPPORTS),
            new WorkedExample(
                    "form a loose peak structure that would nominate civil society representatives",
                    StarterCodebook::peakStructure,
                    StanceQualifier.SUPPORTS),
            new WorkedExample(
                    "reaching balance on this steering committee will be vital",
                    StarterCodebook::balancedRepresentation,
                    StanceQualifier.SUPPORTS),
            new WorkedExample(
                    "a dialogue without governments is not my perfect view of a coalition",
                    StarterCodebook::governmentsTakePart,
                    StanceQualifier.SUPPORTS),
            new WorkedExample(
                    "CS in its current form in the IG is incapable of being an effective \"stakeholder\"",
                    StarterCodebook::noResources,
                    StanceQualifier.SUPPORTS));
}
