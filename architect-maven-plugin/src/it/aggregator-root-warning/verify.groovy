String log = new File(basedir, 'build.log').text
// catalog inherits the execution and ends the run; orders does not run architect and is built
// after catalog, so nobody can check it: a warning names it, how to fix it, never a silent pass
def warnings = log.readLines().findAll { it.startsWith('[WARNING] architect: ') }
assert warnings.size() == 1 : warnings
assert warnings[0].startsWith('[WARNING] architect: 1 module not checked: orders (it is built after catalog in this build).')
assert warnings[0].contains('are checked by catalog, which could not check these')
assert warnings[0].contains("add the plugin's verify execution to their pom, or to a parent pom they inherit from")
assert log.contains('[INFO] architecture.md: 2 services, 0 endpoints, 0 tables, 1 technology')
assert log.contains('BUILD SUCCESS')
true
