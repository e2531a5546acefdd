package com.example.pay

import java.math.BigDecimal

data class TransferRequest(
    val recipient: String,
    val amount: Double,
    //  ^^^^^^ dfs-amount-floating-point: Long minor units
    // ok: dfs-amount-floating-point (minor units in a Long)
    val feeMinor: Long,
    @SerializedName("balance") val balance: Double?,
    //                             ^^^^^^^ dfs-amount-floating-point: serialized model
)

class SendMoneyViewModel {
    var totalFee = 0.0
    //  ^^^^^^^^ dfs-amount-floating-point
    private var availableBalance: Float = 0f
    //          ^^^^^^^^^^^^^^^^ dfs-amount-floating-point
    // ok: dfs-amount-floating-point (a UI float, not money)
    var progressAlpha: Float = 1f
    // ok: dfs-amount-floating-point (a ratio, not an amount)
    val feeRate: Double = 0.012
    // ok: dfs-amount-floating-point (exact decimal type)
    var price: BigDecimal = BigDecimal.ZERO

    fun feeFor(amount: Double): Long = 0
    //         ^^^^^^ dfs-amount-floating-point

    // ok: dfs-amount-floating-point (display-only formatting function)
    fun formatAmount(amount: Double): String = "%,.2f".format(amount)

    fun onSend(amountText: String, etAmount: EditText) {
        val parsed = etAmount.text.toString().toDouble()
        //                                    ^^^^^^^^ dfs-amount-floating-point: BigDecimal(text)
        val fromText = amountText.toDoubleOrNull() ?: 0.0
        //                        ^^^^^^^^^^^^^^ dfs-amount-floating-point
        val exact = BigDecimal("0.1")
        //                     ^^^ dfs-amount-floating-point 💡
        val viaVar = BigDecimal.valueOf(totalFee)
        //                      ^^^^^^^^ dfs-amount-floating-point 💡
        // ok: dfs-amount-floating-point (BigDecimal from text is exact)
        val good = BigDecimal(amountText)
        // ok: dfs-amount-floating-point (valueOf goes through the decimal string)
        val alsoGood = BigDecimal.valueOf(2.5)
        // ok: dfs-amount-floating-point (a UI value, not money)
        val scale = scaleText.toFloat()
        // ok: dfs-amount-floating-point (display-only: the double only feeds a formatter)
        label.text = String.format("%.2f", amountText.toDouble())
    }
}
