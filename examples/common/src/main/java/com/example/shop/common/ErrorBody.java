package com.example.shop.common;

/** The body of every error response: {@code { "error": "<code>", "message": "<text>" }} (section 4). */
public record ErrorBody(String error, String message) {
}
