package com.example.pay.auth;

import androidx.biometric.BiometricManager;
import androidx.biometric.BiometricPrompt;

class PromptFactory {
    BiometricPrompt.PromptInfo legacy() {
        return new BiometricPrompt.PromptInfo.Builder()
            .setTitle("Confirm transfer")
            .setDeviceCredentialAllowed(true)
            //                          ^^^^ auth-biometric-weak-or-fallback: deprecated
            .setConfirmationRequired(true)
            //                       ^^^^^ auth-biometric-weak-or-fallback 💡
            .build();
    }

    BiometricPrompt.PromptInfo current() {
        BiometricPrompt.PromptInfo.Builder builder = new BiometricPrompt.PromptInfo.Builder();
        builder.setTitle("Confirm transfer");
        builder.setNegativeButtonText("Use app PIN");
        builder.setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG);
        //                                                               ^^^^^^^^^^^^^^^^^ auth-biometric-weak-or-fallback 💡
        // ok: auth-biometric-weak-or-fallback (device credential not allowed)
        builder.setDeviceCredentialAllowed(false);
        return builder.build();
    }
}
