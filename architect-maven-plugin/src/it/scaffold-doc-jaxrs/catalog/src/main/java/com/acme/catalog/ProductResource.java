package com.acme.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("products")
public class ProductResource {

    @GET
    public String all() {
        return "[]";
    }

    @GET
    @Path("{sku: [A-Z0-9-]+}")
    public String one(@PathParam("sku") String sku) {
        return sku;
    }
}
