package vn.gov.quangninh.cooperation.meeting;

/** The Vietnamese provinces of the Joint Working Committee with Guangxi. */
public enum VietnameseProvince {
    QUANG_NINH,
    CAO_BANG,
    HA_GIANG,
    LANG_SON;

    public String labelKey() {
        return "province." + name();
    }
}
