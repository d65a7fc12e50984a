package com.example.shop.catalog;

import com.example.shop.common.ConflictException;
import com.example.shop.common.ErrorBody;
import com.example.shop.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The Catalog Service's HTTP API (section 4 of architecture.md). */
@RestController
@RequestMapping("/products")
public class CatalogController {

    /** What a client sends to add a product. */
    public record NewProduct(String sku, String name, BigDecimal price, String currency) {
    }

    private final ProductCatalog catalog;

    public CatalogController(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    public List<Product> list() {
        return catalog.all();
    }

    @GetMapping("/{id}")
    public Product get(@PathVariable long id) {
        return catalog.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Product add(@RequestBody NewProduct request) {
        return catalog.add(request.sku(), request.name(), request.price(), request.currency());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ErrorBody notFound(NotFoundException e) {
        return new ErrorBody("not_found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public ErrorBody conflict(ConflictException e) {
        return new ErrorBody("conflict", e.getMessage());
    }
}
