package com.example.pesapoa.model

import java.math.BigDecimal
import java.math.RoundingMode
import java.text.NumberFormat
import java.util.Locale

data class LoginRequest(
    val msisdn: String,
    val encryptedPin: String,
    val deviceId: String?,
    val deviceFingerprint: String
)

data class LoginResponse(
    val accessToken: String,
    val refreshToken: String,
    val customerName: String,
    val otpRequired: Boolean
)

data class OtpRequest(val msisdn: String, val otp: String)

data class TransferRequest(
    val recipientMsisdn: String,
    val amount: Double,
    val fee: Double,
    val reference: String,
    val pin: String
)

data class TransferResponse(
    val transactionId: String,
    val status: String,
    val balance: Double,
    val message: String?
)

data class MerchantPaymentRequest(
    val tillNumber: String,
    val amountMinor: Long,
    val currency: String,
    val pin: String
)

data class BalanceResponse(val balance: String, val currency: String, val updatedAt: Long)

/** P2P tariff, 2023 price list (TZS). */
object FeeCalculator {

    fun feeFor(amount: Double): Double = when {
        amount < 1000.0 -> 0.0
        amount <= 10_000.0 -> 350.0
        amount <= 100_000.0 -> amount * 0.012
        else -> amount * 0.009
    }

    fun total(amount: Double): Double = amount + feeFor(amount)

    fun format(amount: Double): String = String.format(Locale.US, "TZS %,.2f", amount)
}

/**
 * Merchant payments v2 use exact amounts: minor units on the wire, BigDecimal for display.
 */
data class Money(val minorUnits: Long, val currency: String = "TZS") {

    fun toDecimal(): BigDecimal = BigDecimal.valueOf(minorUnits).movePointLeft(2)

    operator fun plus(other: Money): Money {
        require(currency == other.currency) { "Currency mismatch" }
        return Money(minorUnits + other.minorUnits, currency)
    }

    fun format(): String {
        val nf = NumberFormat.getNumberInstance(Locale.US)
        nf.minimumFractionDigits = 2
        nf.maximumFractionDigits = 2
        return currency + " " + nf.format(toDecimal())
    }

    companion object {
        fun parse(text: String, currency: String = "TZS"): Money {
            val value = BigDecimal(text.trim().replace(",", "")).setScale(2, RoundingMode.HALF_UP)
            return Money(value.movePointRight(2).longValueExact(), currency)
        }
    }
}
