package com.acme.pets.web;

import com.acme.pets.api.PetsApi;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PetController implements PetsApi {

    @Override
    public String showPetById(String petId) {
        return petId;
    }

    @Override
    public String createPet(String pet) {
        return pet;
    }

    @Override
    public byte[] photo(String petId) {
        return new byte[0];
    }
}
