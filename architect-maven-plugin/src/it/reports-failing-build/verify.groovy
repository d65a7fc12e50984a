import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('undeclared-dependency')
assert log.contains('BUILD FAILURE')

// one report for the whole build, in the top-level directory, none per module
File dir = new File(basedir, 'target/architect')
['catalog', 'billing', 'order'].each {
    assert !new File(basedir, "${it}/target/architect/architect.sarif").exists()
}
['architect.sarif', 'TEST-architect.xml', 'architect-report.json', 'index.html', 'services.mmd'].each {
    assert new File(dir, it).isFile() : "the failing build wrote target/architect/${it}"
}

def sarif = new JsonSlurper().parse(new File(dir, 'architect.sarif'))
assert sarif.version == '2.1.0'
def result = sarif.runs[0].results.find { it.ruleId == 'undeclared-dependency' }
assert result != null
assert result.level == 'error'
def location = result.locations[0].physicalLocation
assert location.artifactLocation.uri == 'order/src/main/java/com/shop/order/OrderDesk.java'
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine > 0
assert result.partialFingerprints['architectFinding/v1'] ==~ /[0-9a-f]{64}/
assert sarif.runs[0].tool.driver.rules.find { it.id == 'undeclared-dependency' }.shortDescription.text

def junit = new XmlSlurper().parse(new File(dir, 'TEST-architect.xml'))
assert junit.@name == 'architect'
def failures = junit.testcase.failure.findAll { it.@type == 'undeclared-dependency' }
assert failures.size() >= 1
assert failures[0].text().startsWith('order/src/main/java/com/shop/order/OrderDesk.java:')

def json = new JsonSlurper().parse(new File(dir, 'architect-report.json'))
assert json.schemaVersion == 1
assert json.model.services*.name.containsAll(['Order Service', 'Catalog Service', 'Billing Service'])
assert json.findings.any { it.ruleId == 'undeclared-dependency' && it.location.file == 'order/src/main/java/com/shop/order/OrderDesk.java' }

String html = new File(dir, 'index.html').text
assert html.contains('<svg')
assert html.contains('class="edge undeclared"') : 'the undeclared Order -> Billing edge is drawn red'
assert !html.contains('<script')

String mermaid = new File(dir, 'services.mmd').text
assert mermaid.startsWith('flowchart LR')
assert mermaid.contains('Order_Service == undeclared ==> Billing_Service')
// the used edges come from the modules' bytecode: Order -> Catalog is called, Billing -> Catalog is not
assert mermaid.contains('Order_Service --> Catalog_Service') : mermaid
assert mermaid.contains('Billing_Service -. unused .-> Catalog_Service') : mermaid
assert html.contains('declared but unused')
// reports name the tool by its version alone: nothing in them changes from one plugin build to the next
assert !new File(basedir, 'target/architect/architect.sarif').text.contains('SNAPSHOT@')
assert !new File(basedir, 'target/architect/index.html').text.contains('SNAPSHOT@')
true
