package com.acme.orders;

public record Order(Long id, String customer) {
}
