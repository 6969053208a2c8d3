package vn.gov.quangninh.cooperation.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;

/**
 * Figure 4 (issue 8, DD014): the staff load of {@link StaffSimulation} while officials download
 * the commitment status report of about 5,000 rows ({@link Journeys#official}), all at once from the
 * end of the ramp and again as soon as each has its PDF, until the run ends. The figure is the ratio
 * of the staff's "UIDL action" p95 here to that of {@link StaffSimulation} with the same settings.
 *
 * <p>System properties ({@link LoadSettings}): those of {@link StaffSimulation}, and
 * {@code load.officials} (10), {@code load.reportFrom} and {@code load.reportTo} (the due dates of
 * the report: two years ago to a year ahead), {@code load.minPdfBytes} (1,000,000: a smaller PDF
 * is not the full report).
 */
public class StaffWithReportsSimulation extends Simulation {

    {
        var settings = LoadSettings.fromSystemProperties(10);
        setUp(
                        Journeys.staff(settings)
                                .injectOpen(rampUsers(settings.staff()).during(settings.ramp())),
                        Journeys.official(settings)
                                .injectOpen(nothingFor(settings.ramp()), atOnceUsers(settings.officials())))
                .protocols(Journeys.protocol(settings))
                .maxDuration(settings.total());
    }
}
