package vn.gov.quangninh.cooperation.agreement;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records of later features that refer to an agreement (minutes clauses, commitments). They
 * implement this so the agreement page lists them without the agreement feature knowing them.
 */
public interface AgreementReferences {

    /** Translation key of the section heading on the agreement page. */
    String headingKey();

    /** Lower comes first on the page. */
    int order();

    /** The referring records, labelled in the reader's language. */
    List<Reference> referencesTo(long agreementId, Locale locale);

    /** What an editor may add from the agreement page ("create a commitment"), if anything. */
    default Optional<Reference> creationLink(long agreementId, Locale locale) {
        return Optional.empty();
    }

    /** One referring record: its label and the route that opens it. */
    record Reference(String label, String route) implements Serializable {}
}
