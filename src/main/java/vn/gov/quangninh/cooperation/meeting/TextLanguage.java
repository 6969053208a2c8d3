package vn.gov.quangninh.cooperation.meeting;

/** The languages a signed document was made in. */
public enum TextLanguage {
    VIETNAMESE,
    CHINESE,
    ENGLISH;

    public String labelKey() {
        return "language.text." + name();
    }
}
