package com.example.pay.security;

import com.google.android.gms.safetynet.SafetyNet;
import com.google.android.gms.safetynet.SafetyNetClient;

class LegacyAttestation {
    void attest(Context context, GoogleApiClient apiClient, byte[] nonce, SafetyNetClient safetyNetClient) {
        SafetyNet.SafetyNetApi.attest(apiClient, nonce);
        //                     ^^^^^^ resilience-safetynet-deprecated
        safetyNetClient.attest(nonce, API_KEY);
        //              ^^^^^^ resilience-safetynet-deprecated
        // ok: resilience-safetynet-deprecated (not SafetyNet)
        keyStore.attest(nonce);
        // ok: resilience-safetynet-deprecated (verify apps is not attestation)
        SafetyNet.getClient(context).isVerifyAppsEnabled();
    }
}
