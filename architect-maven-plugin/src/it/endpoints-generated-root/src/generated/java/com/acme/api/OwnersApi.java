package com.acme.api;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** What openapi-generator writes: the mappings, with their paths as constants of the interface. */
public interface OwnersApi {

    String PATH_LIST_OWNERS = "/owners";
    String PATH_GET_OWNER = "/owners/{ownerId}";

    @RequestMapping(method = RequestMethod.GET, value = OwnersApi.PATH_LIST_OWNERS, produces = { "application/json" })
    default String listOwners() {
        throw new UnsupportedOperationException();
    }

    @RequestMapping(method = RequestMethod.GET, value = OwnersApi.PATH_GET_OWNER, produces = { "application/json" })
    default String getOwner(@PathVariable("ownerId") Integer ownerId) {
        throw new UnsupportedOperationException();
    }
}
