package vn.gov.quangninh.startcheck;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
class Probe {
    @Id
    Long id;
}
