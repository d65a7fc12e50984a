String log = new File(basedir, 'build.log').text
String controller = new File(basedir, 'pets-web/src/main/java/com/acme/pets/web/PetController.java').canonicalPath
// the interface's mappings (constants, placeholder default, context path) are served by the controller
assert log.contains("${controller}:[20,19] undeclared-endpoint GET /petstore/v1/pets/{}/photo")
assert log.contains('PetController.photo()')
assert (log =~ /undeclared-endpoint/).count == 1
assert !log.contains('endpoint-not-implemented')
assert !log.contains('PetsApi.java') : 'an interface alone serves nothing'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack trace'
