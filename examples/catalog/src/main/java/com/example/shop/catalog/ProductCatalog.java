package com.example.shop.catalog;

import com.example.shop.common.ConflictException;
import com.example.shop.common.Money;
import com.example.shop.common.NotFoundException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The catalog's use cases; the Order Service asks it for prices. */
public class ProductCatalog {

    private final Map<Long, Product> products = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public List<Product> all() {
        return List.copyOf(products.values());
    }

    public Product get(long id) {
        Product product = products.get(id);
        if (product == null) {
            throw new NotFoundException("Product", id);
        }
        return product;
    }

    public synchronized Product add(String sku, String name, BigDecimal price, String currency) {
        if (products.values().stream().anyMatch(p -> p.getSku().equals(sku))) {
            throw new ConflictException("A product with SKU " + sku + " exists");
        }
        long id = ids.incrementAndGet();
        Product product = new Product(id, sku, name, price, currency);
        products.put(id, product);
        return product;
    }

    public Money priceOf(long productId) {
        Product product = get(productId);
        return new Money(product.getPrice(), product.getCurrency());
    }
}
