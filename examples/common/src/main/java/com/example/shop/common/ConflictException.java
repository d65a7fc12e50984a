package com.example.shop.common;

/** Thrown when a request contradicts the current state (a duplicate SKU, not enough stock); the web layer turns it into 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
