package vn.gov.quangninh.cooperation.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.quangninh.cooperation.security.AuditDetail;
import vn.gov.quangninh.cooperation.security.SecurityAudit;
import vn.gov.quangninh.cooperation.security.SecurityEventType;

/**
 * Shown instead of a view the signed-in role may not open; the view itself is never built. Each
 * refusal goes to the security audit log.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    private final SecurityAudit audit;

    AccessDeniedView(SecurityAudit audit) {
        super("vaadin:lock", "error.access-denied.title", "error.access-denied.text");
        this.audit = audit;
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.recordForCurrentUser(
                SecurityEventType.ACCESS_DENIED,
                AuditDetail.of(AuditDetail.Kind.ROUTE, "/" + event.getLocation().getPath()));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
