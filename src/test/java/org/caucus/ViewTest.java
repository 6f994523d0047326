package org.caucus;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.ClassUtils;

/** Base of browserless view tests: Karibu runs the views server-side against the Spring context. */
@IntegrationTest
public abstract class ViewTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        signInRequest(context);
    }

    /**
     * Karibu runs no servlet filters, so the request does not know the test's signed-in account
     * ({@link WithTester}); Vaadin's view access checks ask the request, so it is told here.
     */
    protected static void signInRequest(ApplicationContext context) {
        Authentication signedIn = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy)
                .getContext()
                .getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(signedIn);
        request.setUserInRole((principal, role) -> signedIn != null
                && signedIn.getAuthorities().stream()
                        .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }

    /** Karibu's own discovery sees public views only; ours are package-private, so Spring scans for them. */
    private static Routes discoverRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = scanner.findCandidateComponents("org.caucus").stream()
                .map(view -> ClassUtils.resolveClassName(view.getBeanClassName(), null)
                        .asSubclass(Component.class))
                .collect(Collectors.toSet());
        return new Routes(views, new HashSet<>(new Routes().getErrorRoutes()), true);
    }
}
