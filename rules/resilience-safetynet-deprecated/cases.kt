package com.example.pay.security

import com.google.android.gms.safetynet.SafetyNet

class DeviceCheck(private val activity: Activity) {
    fun check(nonce: ByteArray) {
        SafetyNet.getClient(activity)
            .attest(nonce, BuildConfig.SAFETYNET_KEY)
        //   ^^^^^^ resilience-safetynet-deprecated: Play Integrity
            .addOnSuccessListener { sendToServer(it.jwsResult) }
        val client = SafetyNet.getClient(activity)
        // ok: resilience-safetynet-deprecated (Safe Browsing lookups share the dependency but are not attestation)
        client.lookupUri(url, apiKey, SafeBrowsingThreat.TYPE_POTENTIALLY_HARMFUL_APPLICATION)
        // ok: resilience-safetynet-deprecated (reCAPTCHA, not attestation)
        client.verifyWithRecaptcha(siteKey)
        // ok: resilience-safetynet-deprecated (Play Integrity)
        IntegrityManagerFactory.create(activity).requestIntegrityToken(request)
    }
}
