package vn.gov.quangninh.cooperation.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CounterpartLocalityRepository extends JpaRepository<CounterpartLocality, Long> {

    @Query("select l from CounterpartLocality l left join fetch l.parent order by l.sortKey")
    List<CounterpartLocality> findAllInOrder();

    Optional<CounterpartLocality> findByNameZh(String nameZh);
}
