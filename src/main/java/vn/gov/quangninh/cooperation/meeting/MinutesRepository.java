package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

    /** The minutes, with their version raised when the transaction commits. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Minutes> findForUpdateById(Long id);
}
