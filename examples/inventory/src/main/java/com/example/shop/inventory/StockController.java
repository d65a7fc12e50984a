package com.example.shop.inventory;

import com.example.shop.common.ConflictException;
import com.example.shop.common.ErrorBody;
import com.example.shop.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The Inventory Service's HTTP API (section 4 of architecture.md). */
@RestController
@RequestMapping("/stock")
public class StockController {

    /** What a client sends to reserve units of a product for an order. */
    public record ReservationRequest(long orderId, int quantity) {
    }

    private final StockLedger ledger;

    public StockController(StockLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/{productId}")
    public StockItem stock(@PathVariable long productId) {
        return ledger.stockOf(productId);
    }

    @PostMapping("/{productId}/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    public StockReservation reserve(@PathVariable long productId, @RequestBody ReservationRequest request) {
        return ledger.reserve(productId, request.orderId(), request.quantity());
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ErrorBody notFound(NotFoundException e) {
        return new ErrorBody("not_found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public ErrorBody conflict(ConflictException e) {
        return new ErrorBody("conflict", e.getMessage());
    }
}
