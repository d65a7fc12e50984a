package com.acme.catalog;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("catalog-api")
public class CatalogApplication extends Application {
}
