package vn.gov.quangninh.cooperation.commitment;

/** Who must act on a joint commitment: the four Vietnamese provinces and Guangxi. */
public enum Party {
    QUANG_NINH(false),
    CAO_BANG(false),
    HA_GIANG(false),
    LANG_SON(false),
    GUANGXI(true);

    private final boolean counterpart;

    Party(boolean counterpart) {
        this.counterpart = counterpart;
    }

    /** The Chinese side. */
    public boolean isCounterpart() {
        return counterpart;
    }

    public String labelKey() {
        return "party." + name();
    }
}
