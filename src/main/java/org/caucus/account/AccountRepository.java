package org.caucus.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsernameAsc();

    Optional<Account> findFirstByAdministratorTrueOrderByIdAsc();
}
