package vn.gov.quangninh.cooperation.load;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The parameters of a load run, from system properties ({@code bench/load} sets them; Maven passes
 * {@code -Dload.*} on to the Gatling JVM). Defaults are those of figures 3 and 4 (DD014).
 *
 * @param baseUrl {@code load.baseUrl}, default {@code http://127.0.0.1:8080}
 * @param staff {@code load.users}: staff sessions, default 300
 * @param ramp {@code load.ramp}: seconds over which they sign in, one after the other, default 300
 * @param hold {@code load.hold}: seconds the whole load then goes on, default 180
 * @param think {@code load.think}: mean seconds between two steps of a user, default 10 (each
 *     pause is drawn evenly between half and one and a half times it, so users do not move in step)
 * @param officials {@code load.officials}: officials downloading the report at once, again and again,
 *     from the end of the ramp; default 10 in {@link StaffWithReportsSimulation}, none otherwise
 * @param reportFrom {@code load.reportFrom}: first due date of the report, default two years ago
 * @param reportTo {@code load.reportTo}: last due date of the report, default a year from now (with
 *     {@code app.bench.commitments=10000} the period holds about 5,100 commitments, as the bench
 *     data spread the due dates over two years either side of today)
 * @param minPdfBytes {@code load.minPdfBytes}: the smallest report that counts as the full one,
 *     default 1,000,000 (5,000 rows make about 3 MB)
 * @param password {@code load.password}: the demo accounts' password
 */
record LoadSettings(
        String baseUrl,
        int staff,
        Duration ramp,
        Duration hold,
        Duration think,
        int officials,
        LocalDate reportFrom,
        LocalDate reportTo,
        int minPdfBytes,
        String password) {

    static LoadSettings fromSystemProperties(int defaultOfficials) {
        var today = LocalDate.now();
        return new LoadSettings(
                System.getProperty("load.baseUrl", "http://127.0.0.1:8080"),
                Integer.getInteger("load.users", 300),
                Duration.ofSeconds(Integer.getInteger("load.ramp", 300)),
                Duration.ofSeconds(Integer.getInteger("load.hold", 180)),
                Duration.ofMillis(Math.round(Double.parseDouble(System.getProperty("load.think", "10")) * 1000)),
                Integer.getInteger("load.officials", defaultOfficials),
                LocalDate.parse(System.getProperty(
                        "load.reportFrom", today.minusYears(2).toString())),
                LocalDate.parse(
                        System.getProperty("load.reportTo", today.plusYears(1).toString())),
                Integer.getInteger("load.minPdfBytes", 1_000_000),
                System.getProperty("load.password", "QuangNinh@2026"));
    }

    Duration total() {
        return ramp.plus(hold);
    }
}
