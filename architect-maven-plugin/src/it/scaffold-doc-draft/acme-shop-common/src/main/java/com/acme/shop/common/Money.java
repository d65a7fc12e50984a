package com.acme.shop.common;

public record Money(long cents, String currency) {
}
