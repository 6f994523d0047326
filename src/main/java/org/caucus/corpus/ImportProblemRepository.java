package org.caucus.corpus;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportProblemRepository extends JpaRepository<ImportProblem, Long> {

    /** What imports noted about a stored message, oldest first. */
    @Query("select p.reason from ImportProblem p where p.messageId = ?1 order by p.id")
    List<String> findReasonsByMessageId(long messageId);
}
