package com.acme.shop.billing;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
public class InvoiceGraph {

    @QueryMapping
    public String invoices() {
        return "[]";
    }
}
