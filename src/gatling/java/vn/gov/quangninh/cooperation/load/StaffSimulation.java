package vn.gov.quangninh.cooperation.load;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;

import io.gatling.javaapi.core.Simulation;

/**
 * Figure 3 (issue 8, DD014): staff sessions working in the commitments grid and submitting progress
 * updates ({@link Journeys#staff}), against an application started with the {@code bench} profile
 * ({@code bench/load} pins it to one core and this simulation to the other). The figure is the p95
 * of the group "UIDL action" and the number of failed requests.
 *
 * <p>System properties ({@link LoadSettings}): {@code load.baseUrl} (http://127.0.0.1:8080),
 * {@code load.users} (300 staff sessions, signing in one after the other over {@code load.ramp}, 300
 * s), {@code load.hold} (180 s more, all of them at work), {@code load.think} (10 s on average
 * between two steps), {@code load.password} (the demo accounts').
 */
public class StaffSimulation extends Simulation {

    {
        var settings = LoadSettings.fromSystemProperties(0);
        setUp(Journeys.staff(settings).injectOpen(rampUsers(settings.staff()).during(settings.ramp())))
                .protocols(Journeys.protocol(settings))
                .maxDuration(settings.total());
    }
}
