package com.example.shop.orders;

import com.example.shop.catalog.ProductCatalog;
import com.example.shop.common.Money;
import com.example.shop.common.NotFoundException;
import com.example.shop.inventory.StockLedger;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Places orders: prices each line with the Catalog Service and reserves its stock with the
 * Inventory Service, the two dependencies architecture.md declares for the Order Service.
 */
public class OrderDesk {

    /** One line of a new order. */
    public record Item(long productId, int quantity) {
    }

    private final ProductCatalog catalog;
    private final StockLedger stock;
    private final Clock clock;
    private final Map<Long, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong orderIds = new AtomicLong();
    private final AtomicLong lineIds = new AtomicLong();

    public OrderDesk(ProductCatalog catalog, StockLedger stock, Clock clock) {
        this.catalog = catalog;
        this.stock = stock;
        this.clock = clock;
    }

    public Order place(String customerId, List<Item> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one line");
        }
        Order order = new Order(orderIds.incrementAndGet(), customerId, clock.instant());
        for (Item item : items) {
            Money price = catalog.priceOf(item.productId());
            stock.reserve(item.productId(), order.getId(), item.quantity());
            order.add(new OrderLine(lineIds.incrementAndGet(), order, item.productId(), item.quantity(),
                    price.amount(), price.currency()));
        }
        orders.put(order.getId(), order);
        return order;
    }

    public Order get(long id) {
        Order order = orders.get(id);
        if (order == null) {
            throw new NotFoundException("Order", id);
        }
        return order;
    }

    public List<Order> ofCustomer(String customerId) {
        return orders.values().stream().filter(o -> o.getCustomerId().equals(customerId)).toList();
    }

    public Order cancel(long id) {
        Order order = get(id);
        order.cancel();
        return order;
    }
}
