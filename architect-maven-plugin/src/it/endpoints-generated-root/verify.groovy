String log = new File(basedir, 'build.log').text
// the mappings live in a source root that build-helper adds while the build runs (as an OpenAPI
// generator does); the controller implementing them serves both declared endpoints
assert !log.contains('endpoint-not-implemented') : 'the generated interface was not read'
assert !log.contains('undeclared-endpoint')
assert log.contains('architecture.md: 1 service, 2 endpoints, 0 tables, 1 technology')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\s+at io\.github\.architect/) : 'no stack trace from architect'
