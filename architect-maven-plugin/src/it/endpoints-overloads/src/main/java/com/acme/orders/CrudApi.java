package com.acme.orders;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Mappings shared by the controllers: a type variable binds to each controller's own types. */
public interface CrudApi<T, ID> {

    @PostMapping
    T save(@RequestBody T body);

    @GetMapping("/{id}")
    T find(@PathVariable ID id);

    @GetMapping("/search")
    T find(@RequestParam String name);
}
