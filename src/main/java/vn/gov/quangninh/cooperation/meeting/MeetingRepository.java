package vn.gov.quangninh.cooperation.meeting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long>, MeetingSearch {

    boolean existsBySeriesAndSessionNumber(MeetingSeries series, Integer sessionNumber);

    boolean existsBySeriesAndSessionNumberAndIdNot(MeetingSeries series, Integer sessionNumber, Long id);

    @Query("select max(m.sessionNumber) from Meeting m where m.series = :series")
    Optional<Integer> findLastSessionNumber(MeetingSeries series);

    @Query("select min(year(m.startDate)) from Meeting m")
    Optional<Integer> findFirstYear();

    @Query("select max(year(m.startDate)) from Meeting m")
    Optional<Integer> findLastYear();
}
