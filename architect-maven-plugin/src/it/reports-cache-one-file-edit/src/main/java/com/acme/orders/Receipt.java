package com.acme.orders;

/** Not a controller: its result comes from the scan cache in every run after the first. */
public record Receipt(long orderId, String text) {
}
