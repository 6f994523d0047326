package org.caucus.project;

import java.util.Optional;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.MethodAuthorizationDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * For a lookup by id that answers {@code Optional}: an id in somebody else's project is answered
 * as an id that does not exist, with nothing, so the caller cannot tell the two apart. Put on a
 * method with {@code @HandleAuthorizationDenied(handlerClass = NotFoundWhenDenied.class)}.
 */
@Component
public class NotFoundWhenDenied implements MethodAuthorizationDeniedHandler {

    @Override
    public Object handleDeniedInvocation(MethodInvocation invocation, AuthorizationResult result) {
        if (invocation.getMethod().getReturnType() == Optional.class) {
            return Optional.empty();
        }
        throw new AuthorizationDeniedException("Access Denied", result);
    }
}
