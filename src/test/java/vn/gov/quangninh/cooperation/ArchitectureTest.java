package vn.gov.quangninh.cooperation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;

/**
 * The structure the code keeps: features depend one way (commitment → meeting → agreement →
 * security → base; report and the shell on top, nothing on them), views never touch repositories,
 * and security is declared twice, on every view and on every service.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.gov.quangninh.cooperation";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void featuresDependOneWay() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Base")
                .definedBy(ROOT + ".base..")
                .layer("Security")
                .definedBy(ROOT + ".security..")
                .layer("Agreement")
                .definedBy(ROOT + ".agreement..")
                .layer("Meeting")
                .definedBy(ROOT + ".meeting..")
                .layer("Commitment")
                .definedBy(ROOT + ".commitment..")
                .layer("Report")
                .definedBy(ROOT + ".report..")
                .layer("Shell")
                .definedBy(ROOT + ".shell..")
                .whereLayer("Shell")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Report")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Commitment")
                .mayOnlyBeAccessedByLayers("Report", "Shell")
                .whereLayer("Meeting")
                .mayOnlyBeAccessedByLayers("Commitment", "Report", "Shell")
                .whereLayer("Agreement")
                .mayOnlyBeAccessedByLayers("Meeting", "Commitment", "Report", "Shell")
                .whereLayer("Security")
                .mayOnlyBeAccessedByLayers("Agreement", "Meeting", "Commitment", "Report", "Shell")
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + "..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnViews() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + "..ui..")
                .and()
                .areNotAnnotatedWith(Configuration.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + "..ui..")
                .check(classes);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
    }

    @Test
    void everyServiceMethodDeclaresWhoMayCallIt() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .areNotAssignableTo(UserDetailsService.class)
                .should(guardEveryPublicMethod())
                .check(classes);
    }

    private static ArchCondition<JavaClass> guardEveryPublicMethod() {
        return new ArchCondition<>("guard every public method with @PreAuthorize") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                if (service.isAnnotatedWith(PreAuthorize.class)) {
                    return;
                }
                service.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(method -> !method.isAnnotatedWith(PreAuthorize.class))
                        .forEach(method -> events.add(
                                SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize")));
            }
        };
    }
}
