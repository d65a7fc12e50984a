package com.acme.carts;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("/cart-api/")
public class CartApplication extends Application {
}
