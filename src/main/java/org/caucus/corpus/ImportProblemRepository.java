package org.caucus.corpus;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportProblemRepository extends JpaRepository<ImportProblem, Long> {}
