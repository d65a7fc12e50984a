package io.github.architect.endpoints.scan;

/**
 * Whether a file without markers names one of the build's mapping-carrier types, cached with the
 * set of names it was tested against: the result is reused while that set is the same, and is
 * replaced rather than kept beside the old one when it changes.
 *
 * @param carriers a key of the names tested
 * @param matches  the file names one of them
 */
record CarrierMatch(String carriers, boolean matches) {
}
