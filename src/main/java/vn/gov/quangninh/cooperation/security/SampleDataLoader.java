package vn.gov.quangninh.cooperation.security;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.quangninh.cooperation.base.SampleData;

/**
 * Fills an empty embedded database with the sample data set, all or nothing, as the installer:
 * with administrator rights, so that the features' own services (and their rules) do the work.
 */
@Component
@ConditionalOnBooleanProperty("app.sample-data")
class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final List<SampleData> parts;
    private final TransactionTemplate transaction;

    SampleDataLoader(List<SampleData> parts, TransactionTemplate transaction) {
        this.parts = parts.stream()
                .sorted(Comparator.comparingInt(SampleData::order))
                .toList();
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (parts.stream().mapToLong(SampleData::existingRows).sum() > 0) {
            log.info("The database already holds data: sample data not loaded.");
            return;
        }
        var summary = SystemUser.call(() -> transaction.execute(
                status -> String.join(", ", parts.stream().map(SampleData::load).toList())));
        log.info(
                "Empty database: loaded the sample data set ({}). Demo data only: do not use it in production.",
                summary);
    }
}
