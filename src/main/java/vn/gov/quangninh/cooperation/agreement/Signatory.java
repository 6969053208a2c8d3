package vn.gov.quangninh.cooperation.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Who signed, for which side, with their title: "Nguyễn Xuân Ký, Bí thư Tỉnh ủy Quảng Ninh". */
@Embeddable
public record Signatory(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "side", nullable = false, length = 20)
        Side side,

        @NotBlank @Size(max = NAME_LENGTH) @Column(name = "name", nullable = false, length = NAME_LENGTH)
        String name,

        @Size(max = TITLE_LENGTH) @Column(name = "title", length = TITLE_LENGTH)
        String title)
        implements Serializable {

    public static final int NAME_LENGTH = 150;
    public static final int TITLE_LENGTH = 300;
}
