String log = new File(basedir, 'build.log').text
def path = { String p -> new File(basedir, p).canonicalPath }
String billingCustomer = path('billing-service/src/main/java/com/acme/billing/BillingCustomer.java')
String address = path('order-service/src/main/java/com/acme/orders/ShippingAddress.java')
String archived = path('order-service/src/main/java/com/acme/orders/ArchivedOrder.java')

// 3. both services declare `customers`: each is checked against its own declaration, neither is foreign
assert !log.contains('foreign-table') : 'a service declaring the table itself does not use a foreign one'
def email = log.readLines().find { it.contains("${billingCustomer}:[15,") }
assert email != null && email.contains('undeclared-column') && email.contains("'email'") && email.contains('vat_number') :
        "a column only Order Service declares is undeclared for Billing Service: ${email}"
assert !log.contains("${path('order-service/src/main/java/com/acme/orders/Customer.java')}:")
assert !log.contains('V1__customers.sql') && !log.contains('V1__orders.sql') : 'each migration matches its own declaration'

// 4. the record embedded without @Embeddable is read, with the entity's @AttributeOverride
def city = log.readLines().find { it.contains("${address}:[9,") }
assert city != null && city.contains('undeclared-column') && city.contains("'city'") && city.contains('PurchaseOrder.shipTo.city') :
        "the embedded record's columns are checked: ${city}"
assert !log.contains("'street'") : 'street is renamed to ship_street by the override'

// 5. archive.orders is not sales.orders
def archive = log.readLines().find { it.contains("${archived}:[9,") }
assert archive != null && archive.contains('undeclared-table') && archive.contains("'archive.orders'")
assert archive.contains("'sales.orders'") : "the message names the declared table of the other schema: ${archive}"

assert (log =~ /\] (undeclared|unmapped|foreign)-[a-z]+ /).count == 3 : 'exactly the three drifts'
assert log.contains('2 services, 0 endpoints, 3 tables') : 'the summary counts each declaration'
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at io\.github\.architect\./) : 'no stack trace of the plugin'
true
