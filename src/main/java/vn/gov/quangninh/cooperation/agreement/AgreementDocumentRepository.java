package vn.gov.quangninh.cooperation.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {

    List<AgreementDocument> findByAgreementIdOrderByDocumentUploadedAtDesc(Long agreementId);
}
