package com.example.pay.auth

import androidx.biometric.BiometricManager.Authenticators.BIOMETRIC_STRONG
import androidx.biometric.BiometricManager.Authenticators.DEVICE_CREDENTIAL
import androidx.biometric.BiometricPrompt

fun paymentPrompt(): BiometricPrompt.PromptInfo {
    val info = BiometricPrompt.PromptInfo.Builder()
        .setTitle("Confirm payment")
        .setNegativeButtonText("Use PIN")
        .setAllowedAuthenticators(BiometricManager.Authenticators.BIOMETRIC_STRONG)
        //                                                        ^^^^^^^^^^^^^^ auth-biometric-weak-or-fallback 💡: Class 2
        .setConfirmationRequired(true)
        //                       ^^^^^ auth-biometric-weak-or-fallback 💡
        .build()
    return info
}

fun loginPrompt() = BiometricPrompt.PromptInfo.Builder()
    .setTitle("Log in")
    .setAllowedAuthenticators(BIOMETRIC_STRONG or DEVICE_CREDENTIAL)
    //                                            ^^^^^^^^^^^^^^^^^ auth-biometric-weak-or-fallback: screen-lock PIN
    .build()

fun strongPrompt() = BiometricPrompt.PromptInfo.Builder()
    .setTitle("Approve")
    .setNegativeButtonText("Cancel")
    // ok: auth-biometric-weak-or-fallback (strong biometrics only)
    .setAllowedAuthenticators(BIOMETRIC_STRONG)
    // ok: auth-biometric-weak-or-fallback (explicit confirmation kept)
    .setConfirmationRequired(true)
    .build()

fun canUse(manager: BiometricManager) =
    // ok: auth-biometric-weak-or-fallback (capability query, not a prompt configuration)
    manager.canAuthenticate(BiometricManager.Authenticators.BIOMETRIC_WEAK)
