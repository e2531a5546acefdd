package com.example.pay;

import java.math.BigDecimal;

class Wallet {
    private double balance;
    //             ^^^^^^^ dfs-amount-floating-point
    public Float transferFee;
    //           ^^^^^^^^^^^ dfs-amount-floating-point
    // ok: dfs-amount-floating-point (minor units)
    private long balanceMinor;
    // ok: dfs-amount-floating-point (UI animation value)
    private float totalProgress = 0f;
    // ok: dfs-amount-floating-point (an exchange rate, a ratio)
    private double exchangeRate;
    @SerializedName("amount") private double amount;
    //                                       ^^^^^^ dfs-amount-floating-point: serialized model

    void credit(double amount, String priceText) {
    //                 ^^^^^^ dfs-amount-floating-point
        double price = Double.parseDouble(priceText);
        //     ^^^^^ dfs-amount-floating-point
        float charge = Float.valueOf(chargeInput.getText().toString());
        //    ^^^^^^ dfs-amount-floating-point
        Object total = Double.parseDouble(totalField.getText().toString());
        //                    ^^^^^^^^^^^ dfs-amount-floating-point: BigDecimal(text)
        BigDecimal tip = new BigDecimal("0.05");
        //                              ^^^^^ dfs-amount-floating-point 💡
        BigDecimal fromField = BigDecimal.valueOf(balance);
        //                                    ^^^^^^^ dfs-amount-floating-point 💡
        // ok: dfs-amount-floating-point (exact construction from text)
        BigDecimal good = new BigDecimal("0.05");
        // ok: dfs-amount-floating-point (not money)
        float alpha = Float.parseFloat(alphaText);
        // ok: dfs-amount-floating-point (display only)
        label.setText(String.format("%.2f", Double.parseDouble(priceText)));
    }

    // ok: dfs-amount-floating-point (display-only formatting function)
    String displayPrice(double price) { return String.format("%.2f", price); }
}
