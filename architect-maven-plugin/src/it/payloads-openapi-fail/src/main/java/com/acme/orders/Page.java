package com.acme.orders;

import java.util.List;

/** A page of results: a generic wrapper the check resolves through its type argument. */
public record Page<T>(List<T> items, int total) {
}
