package io.github.architect.endpoints.framework;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.source.SourceType;
import com.github.javaparser.ast.body.MethodDeclaration;

/**
 * An endpoint together with the Java declarations that serve it, for checks that look inside
 * handlers (their parameters, return types and bodies).
 *
 * @param endpoint    what is served
 * @param controller  the class serving it
 * @param owner       the type declaring the method the controller has (its body)
 * @param method      that declaration
 * @param annotatedIn the type whose declaration carries the mapping
 * @param annotated   the declaration carrying the mapping (its parameter annotations)
 */
public record HandlerSource(CodeEndpoint endpoint, SourceType controller, SourceType owner, MethodDeclaration method,
                            SourceType annotatedIn, MethodDeclaration annotated) {
}
