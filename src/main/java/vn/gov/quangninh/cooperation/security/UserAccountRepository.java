package vn.gov.quangninh.cooperation.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"department", "roles"})
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @EntityGraph(attributePaths = {"department", "roles"})
    @Query("select a from UserAccount a where a.enabled = true and a.department.id in :departmentIds")
    List<UserAccount> findEnabledInDepartments(Collection<Long> departmentIds);

    @EntityGraph(attributePaths = {"department", "roles"})
    @Query("select a from UserAccount a order by a.username")
    List<UserAccount> findAllWithDepartment();
}
