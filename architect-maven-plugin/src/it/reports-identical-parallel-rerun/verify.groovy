import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermission

String log = new File(basedir, 'build.log').text
List<String> runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert runs.size() == 4 : "four invocations, got ${runs.size()}"
runs.each { assert it.contains('BUILD SUCCESS') }
assert runs[0].contains('undeclared-dependency')
assert !runs[0].contains('unchanged since the last run')
['order', 'catalog', 'billing'].each {
    assert runs[3].contains("[DEBUG] architect: ${it} unchanged since the last run") : "${it} came from the cache"
    assert runs[3].contains("[DEBUG] architect: ${it} (ServiceBoundariesCheck) unchanged since the last run")
}

assert !runs[3].contains('Processing class') : 'no bytecode imported: the used edges come from the cache'

// the same inputs give the same bytes, whatever -T and whatever the cache holds
File first = new File(basedir, 'first-run')
File second = new File(basedir, 'target/architect')
List<String> reports = ['architect.sarif', 'TEST-architect.xml', 'architect-report.json', 'index.html', 'services.mmd']
reports.each {
    File cold = new File(first, it)
    File warm = new File(second, it)
    assert cold.isFile() && warm.isFile() : it
    assert Arrays.equals(cold.bytes, warm.bytes) : "${it} differs between the cold and the cached run"
}

// the cached run draws the used edges a full run draws: Order -> Catalog is declared and used
String html = new File(second, 'index.html').text
assert html.contains('declared and used')
String mermaid = new File(second, 'services.mmd').text
assert mermaid.contains('Order_Service --> Catalog_Service') : mermaid
assert mermaid.contains('Billing_Service -. unused .-> Catalog_Service') : mermaid
String json = new File(second, 'architect-report.json').text
assert json =~ /"serviceGraph" : \{\s*"services" : \[/

// report files get the permissions any new file of the user gets, not owner-only
if (second.toPath().fileSystem.supportedFileAttributeViews().contains('posix')) {
    def probe = Files.createFile(new File(basedir, 'umask-probe').toPath())
    def expected = Files.getPosixFilePermissions(probe)
    reports.each {
        assert Files.getPosixFilePermissions(new File(second, it).toPath()) == expected : "${it} permissions"
    }
}
true
