package io.github.architect.mapping;

import io.github.architect.model.Service;

import java.util.List;
import java.util.Optional;

/**
 * How a package of a module was mapped.
 *
 * @param service the owning service, or null for code of no service
 * @param reason  which mapping rule decided, e.g. "module orders-service", "package segment 'orders'"
 * @param rivals  other services that matched just as well; non-empty means the mapping is ambiguous
 */
public record Resolution(Service service, String reason, List<Service> rivals) {

    static final Resolution NONE = new Resolution(null, "no mapping rule matched", List.of());

    public Resolution {
        rivals = List.copyOf(rivals);
    }

    static Resolution of(Service service, String reason) {
        return new Resolution(service, reason, List.of());
    }

    static Resolution shared(String reason) {
        return new Resolution(null, reason, List.of());
    }

    public Optional<Service> owner() {
        return Optional.ofNullable(service);
    }

    public boolean isAmbiguous() {
        return !rivals.isEmpty();
    }
}
