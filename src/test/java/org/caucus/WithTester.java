package org.caucus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs each test signed in as the account {@value #NAME}, a member of the Demo project; fixtures
 * that make projects give it a membership (see {@link Memberships}).
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@WithSecurityContext(factory = TesterContextFactory.class)
public @interface WithTester {

    String NAME = "tester";
}
