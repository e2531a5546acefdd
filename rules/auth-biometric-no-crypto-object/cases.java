package com.example.pay.auth;

import androidx.biometric.BiometricPrompt;
import android.hardware.fingerprint.FingerprintManager;

class LegacyUnlock {
    void unlock(BiometricPrompt biometricPrompt, BiometricPrompt.PromptInfo info, FingerprintManager fm, Signature signature) {
        biometricPrompt.authenticate(info);
        //              ^^^^^^^^^^^^ auth-biometric-no-crypto-object
        fm.authenticate(null, cancellationSignal, 0, callback, null);
        //              ^^^^ auth-biometric-no-crypto-object: FingerprintManager
        // ok: auth-biometric-no-crypto-object (signature bound to the biometric key)
        biometricPrompt.authenticate(info, new BiometricPrompt.CryptoObject(signature));
        // ok: auth-biometric-no-crypto-object (FingerprintManager with a CryptoObject)
        fm.authenticate(new FingerprintManager.CryptoObject(signature), cancellationSignal, 0, callback, null);
    }
}
