package org.caucus.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The analyst's own time zone, for the times a page shows of what happened in Caucus itself. */
public final class AnalystZone {

    private AnalystZone() {}

    /** As the browser reported it; UTC until it has, or when it names a zone this Java does not know. */
    public static ZoneId ofBrowser() {
        if (!reported()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(reportedId());
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** Whether the browser has told its zone yet; a page that shows times may redraw them once it has. */
    public static boolean reported() {
        String zone = reportedId();
        return zone != null && !zone.isBlank();
    }

    private static String reportedId() {
        ExtendedClientDetails details = UI.getCurrent().getPage().getExtendedClientDetails();
        return details == null ? null : details.getTimeZoneId();
    }
}
