package vn.gov.quangninh.cooperation.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesFileRepository extends JpaRepository<MinutesFile, Long> {

    List<MinutesFile> findByMinutesIdOrderByDocumentUploadedAtDesc(Long minutesId);
}
