String log = new File(basedir, 'build.log').text
// each invocation's output starts with "Scanning for projects"
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 4 : "four invocations, got ${runs.size()}"

File document = new File(basedir, 'architecture.md')
File suggested = new File(basedir, 'target/first/architecture.suggested.md')
File diff = new File(basedir, 'target/first/architecture.md.diff')

// 1. suggest: does not fail on the findings, says where the edits are, never touches the document
assert runs[0].contains('BUILD SUCCESS')
assert runs[0] =~ /(?m)^\[INFO\] architect: \d+ edits of architecture\.md suggested in .*architecture\.suggested\.md and .*architecture\.md\.diff/
assert document.text.contains('- **Dependencies:** none\n\n### Order Service') : 'the document is unchanged'
assert !document.text.contains('GET /orders/{orderId}')
assert suggested.isFile() && diff.isFile()

// the edits, each in the document's own style
String text = suggested.text
assert text.contains('| GET | `/products/{id}` |  |')
assert text.contains('- `GET /orders/{orderId}`\n')
assert !text.contains('DELETE /orders/{id}')
assert text.contains('    name VARCHAR(200) NOT NULL,\n    price NUMERIC(19, 2)\n);')
assert text.contains('### Order Service\n\n```sql\nCREATE TABLE orders (')
assert text =~ /(?m)^- \*\*Dependencies:\*\* Catalog Service$/
// the diff: headers relative to the top-level directory, for git apply and patch -p1
assert diff.text.contains('--- a/architecture.md\n+++ b/architecture.md\n@@ ')
assert diff.text.contains('\n-- `DELETE /orders/{id}` — cancel an order\n')
// and git apply, run where the document is, turns the document into the suggested one
File applied = new File(basedir, 'target/applied')
applied.mkdirs()
new File(applied, 'architecture.md').text = document.text
Process git = ['git', 'apply', diff.absolutePath].execute(null, applied)
git.waitForProcessOutput(System.out, System.err)
assert git.exitValue() == 0
assert new File(applied, 'architecture.md').text == text

// 2. verify with the suggested document: none of the findings is left
assert runs[1].contains('BUILD SUCCESS')
assert !runs[1].contains('[ERROR]')
['undeclared-endpoint', 'endpoint-not-implemented', 'undeclared-column', 'undeclared-table',
 'undeclared-dependency', 'undeclared-technology'].each { assert !runs[1].contains(' ' + it + ' ') : it }

// 3. the same inputs give the same bytes
assert runs[2].contains('BUILD SUCCESS')
assert new File(basedir, 'target/first/architecture.md.diff').text == new File(basedir, 'target/second/architecture.md.diff').text
assert new File(basedir, 'target/first/architecture.suggested.md').text == new File(basedir, 'target/second/architecture.suggested.md').text

// 4. the suggested document leaves nothing to suggest
assert runs[3].contains('[INFO] architect: nothing to suggest for architecture.suggested.md')
assert runs[3].contains('BUILD SUCCESS')
