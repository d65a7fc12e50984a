package com.example.shop.inventory;

import com.example.shop.common.NotFoundException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Stock levels and reservations; the Order Service reserves stock through it. */
public class StockLedger {

    private final Map<Long, StockItem> items = new ConcurrentHashMap<>();
    private final AtomicLong reservationIds = new AtomicLong();

    public StockItem stockOf(long productId) {
        StockItem item = items.get(productId);
        if (item == null) {
            throw new NotFoundException("Stock of product", productId);
        }
        return item;
    }

    public void receive(long productId, int quantity) {
        items.merge(productId, new StockItem(productId, quantity),
                (old, added) -> new StockItem(productId, old.getOnHand() + added.getOnHand()));
    }

    public synchronized StockReservation reserve(long productId, long orderId, int quantity) {
        stockOf(productId).take(quantity);
        return new StockReservation(reservationIds.incrementAndGet(), productId, orderId, quantity);
    }
}
