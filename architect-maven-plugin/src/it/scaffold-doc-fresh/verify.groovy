File doc = new File(basedir, 'architecture.md')
assert doc.isFile() : 'scaffold-doc wrote no architecture.md'
String text = doc.getText('UTF-8')
def sections = ['Executive Summary', 'Architecture Overview', 'Service Definitions', 'API Contracts',
                'Data Schema', 'Technology Stack Rationale', 'Key Considerations']
int last = -1
sections.eachWithIndex { name, i ->
    int at = text.indexOf("## ${i + 1}. ${name}")
    assert at > last : "section '${name}' missing or out of order"
    last = at
}
assert text.contains('**Dependencies:**')
assert text.contains('CREATE TABLE')
assert text.contains('```yaml architect')
assert text.contains('PLACEHOLDER')
String log = new File(basedir, 'build.log').text
assert log.contains("[INFO] Wrote ${doc.canonicalPath}") || log.contains("[INFO] Wrote ${doc.absolutePath}")
assert log.contains('BUILD SUCCESS')
