// path: app/src/test/java/com/example/pay/net/ApiTest.kt
package com.example.pay.net

// Test sources do not ship, so a MockWebServer URL here is fine.
class ApiTest {
    // ok: network-cleartext-url (test source set)
    private val baseUrl = "http://mock.example-wallet.test/"
}
