package vn.gov.quangninh.cooperation.agreement;

import java.io.Serializable;

/** An agreement as pickers show it: "TT-QN-GX-2016/01 · Thỏa thuận ...". */
public record AgreementOption(long id, String referenceCode, String titleVi) implements Serializable {

    public String label() {
        return referenceCode + " · " + titleVi;
    }
}
