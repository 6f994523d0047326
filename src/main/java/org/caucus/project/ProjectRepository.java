package org.caucus.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    Optional<Project> findByName(String name);

    Optional<Project> findFirstByOrderByIdAsc();
}
