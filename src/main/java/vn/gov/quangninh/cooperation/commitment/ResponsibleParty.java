package vn.gov.quangninh.cooperation.commitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A party to a joint commitment and how far it has done its part. */
@Embeddable
public record ResponsibleParty(
        @Enumerated(EnumType.STRING) @Column(name = "party", nullable = false, length = 20)
        Party party,

        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20)
        PartyStatus status)
        implements Serializable {}
