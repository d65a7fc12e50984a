package com.acme.pets.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/** What openapi-generator writes with interfaceOnly=true. */
@RequestMapping("${openapi.pets.base-path:/v1}")
public interface PetsApi {

    String PETS = "/pets";

    @GetMapping(PETS + "/{petId}")
    String showPetById(@PathVariable("petId") String petId);

    @PostMapping(PETS)
    String createPet(@RequestBody String pet);

    @GetMapping(PETS + "/{petId}/photo")
    byte[] photo(@PathVariable("petId") String petId);
}
