package vn.gov.quangninh.cooperation.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.quangninh.cooperation.commitment.CommitmentFilter;
import vn.gov.quangninh.cooperation.commitment.CommitmentService;
import vn.gov.quangninh.cooperation.testsupport.LastPageQuery;
import vn.gov.quangninh.cooperation.testsupport.SignedIn;

/** On H2 the grid's queries order by column names, which H2 serves from an index. */
@SpringBootTest(properties = LastPageQuery.PROPERTY)
@ActiveProfiles("test")
class H2DialectResolverTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    CommitmentService commitments;

    @Autowired
    SignedIn signedIn;

    @Test
    void theH2DialectOrdersByNames() {
        var dialect = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect();
        assertThat(dialect).isInstanceOf(H2DialectResolver.NamedOrderH2Dialect.class);

        signedIn.as("manager");
        try {
            commitments.search(
                    CommitmentFilter.followed(),
                    PageRequest.of(0, 25, Sort.by("title").descending()));
        } finally {
            signedIn.out();
        }
        assertThat(LastPageQuery.sql()).contains("order by c1_0.closure desc,c1_0.title_sort_key desc,c1_0.id desc");
    }
}
