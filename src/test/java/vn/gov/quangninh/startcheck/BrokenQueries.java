package vn.gov.quangninh.startcheck;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A query naming a field its entity does not have: {@link DeferredRepositoriesTest}. */
interface BrokenQueries extends Repository<Probe, Long> {
    @Query("select p from Probe p where p.noSuchField = 1")
    List<Probe> broken();
}
