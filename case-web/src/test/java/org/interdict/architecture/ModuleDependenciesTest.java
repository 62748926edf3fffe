package org.interdict.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Who may depend on whom. {@code case-domain} depends on no other module; {@code search} and
 * {@code auth} implement its ports and know nothing of each other or of the web; {@code case-web}
 * calls the application layer only. Each module owns its packages, checked against the archive a
 * class was loaded from, so that a class cannot slip past these rules by its package name.
 */
@AnalyzeClasses(packages = "org.interdict", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDependenciesTest {

    private static final String[] CASE_DOMAIN = {
            "org.interdict.domain..", "org.interdict.application..",
            "org.interdict.infrastructure.persistence..", "org.interdict.infrastructure.health..",
            "org.interdict.infrastructure.storage..", "org.interdict.infrastructure.tika..",
            "org.interdict.infrastructure.pdf.."};
    private static final String SEARCH = "org.interdict.infrastructure.elasticsearch..";
    private static final String AUTH = "org.interdict.infrastructure.oidc..";
    private static final String WEB = "org.interdict.web..";

    @ArchTest
    static final ArchRule caseDomainDependsOnNoOtherModule = noClasses()
            .that().resideInAnyPackage(CASE_DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(SEARCH, AUTH, WEB);

    @ArchTest
    static final ArchRule searchKnowsNeitherAuthNorWeb = noClasses()
            .that().resideInAPackage(SEARCH)
            .should().dependOnClassesThat().resideInAnyPackage(AUTH, WEB);

    @ArchTest
    static final ArchRule authKnowsNeitherSearchNorWeb = noClasses()
            .that().resideInAPackage(AUTH)
            .should().dependOnClassesThat().resideInAnyPackage(SEARCH, WEB);

    @ArchTest
    static final ArchRule webCallsTheApplicationLayerOnly = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("org.interdict.domain..", "org.interdict.infrastructure..");

    @ArchTest
    static final ArchRule domainModelKnowsNoUseCaseAndNoTechnology = noClasses()
            .that().resideInAPackage("org.interdict.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.interdict.application..", "org.interdict.infrastructure..");

    @ArchTest
    static final ArchRule applicationLayerKnowsNoAdapter = noClasses()
            .that().resideInAPackage("org.interdict.application..")
            .should().dependOnClassesThat().resideInAnyPackage("org.interdict.infrastructure..", WEB);

    /** The use cases' packages form no cycle: search reads trade, trade writes to the projection's outbox, never back. */
    @ArchTest
    static final ArchRule applicationPackagesFormNoCycle = slices().matching("org.interdict.application.(*)..")
            .should().beFreeOfCycles();

    /** Nor do the domain model's aggregates. */
    @ArchTest
    static final ArchRule domainPackagesFormNoCycle = slices().matching("org.interdict.domain.model.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule caseDomainPackagesLiveInCaseDomain = classes()
            .that().resideInAnyPackage(CASE_DOMAIN).should(comeFromModule("case-domain"));

    @ArchTest
    static final ArchRule searchPackagesLiveInSearch = classes()
            .that().resideInAPackage(SEARCH).should(comeFromModule("search"));

    @ArchTest
    static final ArchRule authPackagesLiveInAuth = classes()
            .that().resideInAPackage(AUTH).should(comeFromModule("auth"));

    @ArchTest
    static final ArchRule webPackagesLiveInCaseWeb = classes()
            .that().resideInAPackage(WEB).should(comeFromModule("case-web"));

    @ArchTest
    static final ArchRule everyClassBelongsToAModulesPackages = classes()
            .should().resideInAnyPackage(java.util.stream.Stream.concat(java.util.Arrays.stream(CASE_DOMAIN),
                    java.util.stream.Stream.of(SEARCH, AUTH, WEB)).toArray(String[]::new));

    /**
     * The class was loaded from the module's build output ({@code module/target/classes}) or its jar
     * ({@code module-VERSION.jar}).
     */
    private static ArchCondition<JavaClass> comeFromModule(String module) {
        return new ArchCondition<>("come from module " + module) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String location = javaClass.getSource().map(source -> source.getUri().toString()).orElse("");
                boolean fromModule = location.contains("/" + module + "/target/") || location.contains("/" + module + "-");
                events.add(new SimpleConditionEvent(javaClass, fromModule,
                        javaClass.getName() + " is loaded from " + location + ", not from module " + module));
            }
        };
    }
}
