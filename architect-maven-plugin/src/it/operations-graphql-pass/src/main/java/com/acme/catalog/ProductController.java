package com.acme.catalog;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;

public class ProductController {

    static final String ONE_PRODUCT = "product";

    @QueryMapping
    public List<Product> products() {
        return List.of();
    }

    @QueryMapping(name = ONE_PRODUCT)
    public Product byId(@Argument String id) {
        return new Product(id, "?");
    }

    @SchemaMapping(typeName = "Mutation", field = "addProduct")
    public Product add(@Argument String name) {
        return new Product("1", name);
    }

    public record Product(String id, String name) {
    }
}
