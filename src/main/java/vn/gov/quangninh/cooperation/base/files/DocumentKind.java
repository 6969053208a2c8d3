package vn.gov.quangninh.cooperation.base.files;

/** What an attached document is: the signed scan, a language version, or something else. */
public enum DocumentKind {
    SIGNED_SCAN,
    TEXT_VI,
    TEXT_ZH,
    OTHER;

    public String labelKey() {
        return "document.kind." + name();
    }
}
