package org.caucus;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.caucus.cli.CaucusCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Caucus: code who stands where in a mailing-list debate. */
@Push
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("caucus.css")
// light or dark as the analyst's system is set
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
public class CaucusApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (CaucusCommandLine.isCommand(args)) {
            System.exit(CaucusCommandLine.run(CaucusApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(CaucusApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
