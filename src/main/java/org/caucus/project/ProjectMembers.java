package org.caucus.project;

import java.util.List;
import org.caucus.account.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to a project and in which role; the owners decide. */
@Service
@Transactional(readOnly = true)
public class ProjectMembers {

    private final MembershipRepository memberships;
    private final AccountService accounts;

    ProjectMembers(MembershipRepository memberships, AccountService accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public List<Member> members(long projectId) {
        return memberships.findByProjectIdOrderByUsernameAsc(projectId).stream()
                .map(membership -> new Member(membership.getUsername(), membership.getRole()))
                .toList();
    }

    /** Adds the account to the project in this role, or gives a member this role. */
    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public void setRole(long projectId, String username, ProjectRole role) {
        if (role == null) {
            throw new IllegalArgumentException("Choose a role for " + username + ".");
        }
        var existing = memberships.findByProjectIdAndUsername(projectId, username);
        if (existing.isPresent()) {
            Membership membership = existing.get();
            if (membership.getRole() == ProjectRole.OWNER && role != ProjectRole.OWNER) {
                keepAnOwner(projectId, username);
            }
            membership.setRole(role);
            return;
        }
        if (username == null || !accounts.exists(username.strip())) {
            throw new IllegalArgumentException("There is no account named '" + username + "'.");
        }
        memberships.save(new Membership(projectId, username.strip(), role));
    }

    @Transactional
    @PreAuthorize("@projectAccess.canOwn(#projectId)")
    public void remove(long projectId, String username) {
        memberships.findByProjectIdAndUsername(projectId, username).ifPresent(membership -> {
            if (membership.getRole() == ProjectRole.OWNER) {
                keepAnOwner(projectId, username);
            }
            memberships.delete(membership);
        });
    }

    /** Gives a project nobody belongs to its first owner: the first start's Demo, the command line's imports. */
    @Transactional
    void claim(long projectId, String username) {
        if (!memberships.existsByProjectId(projectId)) {
            memberships.save(new Membership(projectId, username, ProjectRole.OWNER));
        }
    }

    private void keepAnOwner(long projectId, String username) {
        if (memberships.countByProjectIdAndRole(projectId, ProjectRole.OWNER) <= 1) {
            throw new IllegalArgumentException(
                    username + " is the project's only owner: make someone else an owner first.");
        }
    }
}
