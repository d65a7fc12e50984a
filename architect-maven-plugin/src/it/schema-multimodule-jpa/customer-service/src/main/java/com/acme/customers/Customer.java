package com.acme.customers;

import com.acme.shared.Address;
import com.acme.shared.BaseEntity;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;

@Entity
@Table(name = "customers")
public class Customer extends BaseEntity {

    private String name;

    private Address address;

    @ElementCollection
    private Set<String> tags;
}
