package com.acme.owners;

import com.acme.api.OwnersApi;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class OwnerController implements OwnersApi {

    @Override
    public String listOwners() {
        return "[]";
    }

    @Override
    public String getOwner(Integer ownerId) {
        return "{}";
    }
}
