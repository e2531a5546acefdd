package com.example.wallet.link;

import android.app.Activity;
import android.net.Uri;
import android.os.Bundle;

public class QrPayActivity extends Activity {
    private PaymentRepository repository;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        Uri uri = getIntent().getData();
        String recipient = uri.getQueryParameter("recipient");
        long amount = Long.parseLong(uri.getQueryParameter("amount"));
        repository.executePayment(recipient, amount);
        //         ^^^^^^^^^^^^^^ dfs-deeplink-triggers-payment
    }

    void direct() {
        repository.withdraw(getIntent().getData().getQueryParameter("agent"), 500);
        //         ^^^^^^^^ dfs-deeplink-triggers-payment
    }

    void prefill() {
        Uri uri = getIntent().getData();
        // ok: dfs-deeplink-triggers-payment (pre-fill only)
        amountField.setText(uri.getQueryParameter("amount"));
    }

    void confirmed() {
        Uri uri = getIntent().getData();
        String amount = uri.getQueryParameter("amount");
        new AlertDialog.Builder(this).setMessage("Pay " + amount + "?").setPositiveButton("Pay", (d, w) -> repository.executePayment("x", Long.parseLong(amount))).show();
        // ok: dfs-deeplink-triggers-payment (confirmation dialog)
        log(amount);
    }

    void pinFirst() {
        Uri uri = getIntent().getData();
        // ok: dfs-deeplink-triggers-payment (the PIN screen collects consent; result handled later)
        startActivityForResult(PinActivity.intent(this, uri.getQueryParameter("amount")), 1);
    }

    void stored() {
        // ok: dfs-deeplink-triggers-payment (values from the user's own saved beneficiary)
        repository.executePayment(saved.getRecipient(), saved.getAmount());
    }
}
