package vn.gov.quangninh.cooperation.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import vn.gov.quangninh.cooperation.agreement.Side;

/**
 * One member of a delegation: which side, for the Vietnamese side which province, head or member,
 * with name and title.
 */
@Embeddable
public record Delegate(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "side", nullable = false, length = 20)
        Side side,

        @Enumerated(EnumType.STRING) @Column(name = "province", length = 20) @Nullable
        VietnameseProvince province,

        @NotNull @Enumerated(EnumType.STRING) @Column(name = "role", nullable = false, length = 10)
        DelegateRole role,

        @NotBlank @Size(max = NAME_LENGTH) @Column(name = "name", nullable = false, length = NAME_LENGTH)
        String name,

        @Size(max = TITLE_LENGTH) @Column(name = "title", length = TITLE_LENGTH) @Nullable
        String title)
        implements Serializable {

    public static final int NAME_LENGTH = 150;
    public static final int TITLE_LENGTH = 300;

    public boolean isHead() {
        return role == DelegateRole.HEAD;
    }
}
