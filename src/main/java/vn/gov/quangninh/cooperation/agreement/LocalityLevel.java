package vn.gov.quangninh.cooperation.agreement;

/** Administrative level of a Chinese counterpart. */
public enum LocalityLevel {
    /** Autonomous region or province: Quảng Tây (广西壮族自治区). */
    REGION,
    /** Prefecture-level city: Phòng Thành Cảng (防城港市). */
    PREFECTURE_CITY,
    /** County, district or county-level city: Đông Hưng (东兴市). */
    COUNTY,
    /** A department or agency of a region or city: Sở Thương mại Quảng Tây (广西壮族自治区商务厅). */
    DEPARTMENT;

    public String labelKey() {
        return "locality.level." + name();
    }
}
