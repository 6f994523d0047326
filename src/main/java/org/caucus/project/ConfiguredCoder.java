package org.caucus.project;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The current coder as the {@code caucus.coder} setting names them: one analyst per running app. */
@Component
class ConfiguredCoder implements CurrentCoder {

    private final String name;

    ConfiguredCoder(@Value("${caucus.coder:${user.name}}") String name) {
        this.name = CoderNames.checked(name, "The setting caucus.coder");
    }

    @Override
    public String name() {
        return name;
    }
}
