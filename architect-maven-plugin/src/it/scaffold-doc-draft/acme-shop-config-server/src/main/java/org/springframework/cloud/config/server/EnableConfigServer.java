package org.springframework.cloud.config.server;

/** Stands in for Spring Cloud Config's annotation, which the IT repository does not hold. */
public @interface EnableConfigServer {
}
