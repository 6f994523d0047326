package org.caucus.exchange;

import java.util.List;
import java.util.Map;

/**
 * A REFI-QDA project as read from a QDPX file, checked and with selections already converted to
 * Caucus' character offsets, ready to be stored.
 *
 * @param users user names by GUID
 * @param notes note texts by GUID
 * @param skipped what the file holds that Caucus does not import (pictures, audio...), for the report
 */
record QdpxProject(
        String fileName,
        String name,
        Map<String, String> users,
        List<QdaCode> codes,
        List<Source> sources,
        List<Case> cases,
        Map<String, String> notes,
        List<String> skipped) {

    /** A text source with its variables by name. */
    record Source(String guid, String name, String text, Map<String, String> variables, List<Selection> selections) {}

    /** A selection with start and end as offsets into the source's Java string. */
    record Selection(
            String guid,
            int start,
            int end,
            String userGuid,
            String description,
            List<Coding> codings,
            List<String> noteGuids) {}

    record Coding(String guid, String codeGuid, String userGuid) {}

    record Case(String guid, String name, Map<String, String> variables, List<String> sourceGuids) {}
}
