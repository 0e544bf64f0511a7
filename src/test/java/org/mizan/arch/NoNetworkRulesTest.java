package org.mizan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * Mizan never goes on the network: articles are private files, and a page or a Word document must
 * not be able to make the app fetch anything (a tracking pixel, an external entity, a remote
 * template). The allow-list of classes that may is empty; adding one needs a reason in README.
 */
@AnalyzeClasses(packages = "org.mizan", importOptions = ImportOption.DoNotIncludeTests.class)
class NoNetworkRulesTest {

    /** Fully qualified names of classes allowed to use the network. Empty on purpose. */
    static final Set<String> ALLOWED = Set.of();

    private static final DescribedPredicate<JavaClass> ALLOWED_CLASSES =
            DescribedPredicate.describe("on the network allow-list", c -> ALLOWED.contains(c.getName()));

    @ArchTest
    static final ArchRule noNetworkClients = noClasses()
            .that().resideInAPackage("org.mizan..").and(DescribedPredicate.not(ALLOWED_CLASSES))
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javafx.scene.web..",
                    "jdk.net..", "com.sun.net.httpserver..")
            .orShould().dependOnClassesThat().areAssignableTo(java.net.URLConnection.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.net.Socket.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.net.ServerSocket.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.net.DatagramSocket.class)
            .orShould().dependOnClassesThat().areAssignableTo(java.nio.channels.NetworkChannel.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jsoup.helper.HttpConnection")
            .because("Mizan reads local files only and never opens a connection");

    @ArchTest
    static final ArchRule noUrlFetching = noClasses()
            .that().resideInAPackage("org.mizan..").and(DescribedPredicate.not(ALLOWED_CLASSES))
            .should().callMethodWhere(fetches())
            .because("a URL opened by the app could point anywhere; bundled resources are read with"
                    + " Class.getResourceAsStream, pages with jsoup's parse, never its connect");

    private static DescribedPredicate<JavaCall<?>> fetches() {
        return DescribedPredicate.describe("a call that fetches a URL", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.equals("java.net.URL") && Set.of("openConnection", "openStream", "getContent").contains(name)
                    || owner.equals("org.jsoup.Jsoup") && name.equals("connect")
                    || owner.equals("javafx.application.HostServices") && name.equals("showDocument");
        });
    }
}
