package com.shop.catalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/products")
public class ProductController {

    @GetMapping
    public String all() {
        return "all";
    }

    @GetMapping("/{id}")
    public String one(@PathVariable long id) {
        return "product " + id;
    }
}
