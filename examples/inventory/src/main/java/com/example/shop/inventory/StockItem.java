package com.example.shop.inventory;

import com.example.shop.common.ConflictException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many units of one product are on the shelf. */
@Entity
@Table(name = "stock_items")
public class StockItem {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    protected StockItem() {
    }

    public StockItem(Long productId, int onHand) {
        this.productId = productId;
        this.onHand = onHand;
    }

    public Long getProductId() {
        return productId;
    }

    public int getOnHand() {
        return onHand;
    }

    void take(int quantity) {
        if (quantity > onHand) {
            throw new ConflictException("Only " + onHand + " units of product " + productId + " left");
        }
        onHand -= quantity;
    }
}
