String log = new File(basedir, 'build.log').text
String doc = new File(basedir, 'architecture.md').canonicalPath
String contract = new File(basedir, 'api/openapi.yaml').canonicalPath

// a remote reference is a finding at its line, never a request
assert log.contains("${contract}:[33,1] invalid-openapi \$ref http://127.0.0.1:9/items.yaml is not a file of the project: architect never fetches what a document names")
// a reference to a missing file is a finding at its line, not swagger-parser's stack trace
assert log.contains("${contract}:[35,1] invalid-openapi \$ref paths/notes.yaml names ")
assert log.contains('notes.yaml, which does not exist')
// the alias bomb of the block is refused as soon as its aliases pass the limit
assert log =~ /${java.util.regex.Pattern.quote(doc)}:\[\d+,1\] invalid-openapi The OpenAPI document cannot be read as YAML: Number of aliases/

assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
assert !(log =~ /[A-Za-z]+(Exception|Error): /) : 'no exception in the build log'
assert !log.contains('io.swagger') : "nothing of swagger-parser's logging"
true
