package org.caucus.project;

import org.caucus.account.AccountService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On every start, projects nobody belongs to go to the first administrator as their owner: those
 * made before accounts existed and those the command line's operator imported. Otherwise nobody
 * could open them; the administrator then adds their members.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnclaimedProjects implements ApplicationRunner {

    private final ProjectRepository projects;
    private final ProjectMembers members;
    private final AccountService accounts;

    UnclaimedProjects(ProjectRepository projects, ProjectMembers members, AccountService accounts) {
        this.projects = projects;
        this.members = members;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.administrator()
                .ifPresent(admin ->
                        projects.findWithoutMembers().forEach(project -> members.claim(project.getId(), admin)));
    }
}
