package com.acme.carts;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/carts")
public class CartResource {

    @GET
    @Path("/{id}")
    public String get() {
        return "{}";
    }

    @POST
    @Path("/{id}/items")
    public String add() {
        return "{}";
    }

    @DELETE
    @Path("/{id}")
    public void clear() {
    }
}
