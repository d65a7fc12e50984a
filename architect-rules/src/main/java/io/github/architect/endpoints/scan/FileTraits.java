package io.github.architect.endpoints.scan;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the pre-filter learns from one file's content alone, cached so that an unchanged file is not
 * parsed just to be filtered.
 *
 * @param marked                  the text contains a marker: the file may declare a mapping
 * @param declaresApplicationPath the text names {@code ApplicationPath}
 * @param mappingCarriers         simple names of the interfaces, abstract classes and annotations it
 *                                declares that carry mappings for the classes using them
 */
// most files hold no marker: storing only what differs keeps the cache of a large build small
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
record FileTraits(boolean marked, boolean declaresApplicationPath, List<String> mappingCarriers) {

    static final FileTraits UNMARKED = new FileTraits(false, false, List.of());

    FileTraits {
        mappingCarriers = mappingCarriers == null ? List.of() : List.copyOf(mappingCarriers);
    }
}
