String log = new File(basedir, 'build.log').getText('UTF-8')
String doc = new File(basedir, 'architecture.md').canonicalPath
List<String> lines = new File(basedir, 'architecture.md').readLines('UTF-8')
int lineOf(List<String> lines, String text) { lines.findIndexOf { it.contains(text) } + 1 }

// nothing the document says is swallowed without a word: each is a finding at its line
int dollar = lineOf(lines, 'RETURNS trigger AS $$')
assert log.contains("${doc}:[${dollar},${lines[dollar - 1].indexOf('$$') + 1}] doc-sql The dollar-quoted body opened with \$\$ is never closed") : 'unterminated $$'
int duplicate = lineOf(lines, '    tables: [orders]')
assert log.contains("${doc}:[${duplicate},5] doc-yaml \"tables\" is written twice in the yaml architect block (lines ${duplicate - 1} and ${duplicate})") : 'duplicate key'
int empty = lineOf(lines, '  "": {tables')
assert log.contains("${doc}:[${empty},3] doc-yaml A service of the yaml architect block has an empty name (\"\")") : 'empty name'
int self = lineOf(lines, '**Dependencies:** Order Service')
assert log.contains("[WARNING] ${doc}:[${self},${lines[self - 1].indexOf('Order Service') + 1}] doc-self-dependency Order Service is declared to depend on itself") : 'self-dependency'
// the statements after the unclosed $$ were still read
assert log.contains('architecture.md: 2 services, 0 endpoints, 3 tables') : 'tables after the $$ are declared'
assert !log.contains('could not understand')
assert !(log =~ /(?m)^\s+at [a-z]/)
assert log.contains('BUILD SUCCESS')
