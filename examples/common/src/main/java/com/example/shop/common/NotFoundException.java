package com.example.shop.common;

/** Thrown when a requested resource does not exist; the web layer turns it into 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
