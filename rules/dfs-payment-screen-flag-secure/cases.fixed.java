package com.example.pay.ui;

import android.os.Bundle;

public class PaymentConfirmActivity extends AppCompatActivity {
//           ^^^^^^^^^^^^^^^^^^^^^^ dfs-payment-screen-flag-secure 💡
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        getWindow().setFlags(android.view.WindowManager.LayoutParams.FLAG_SECURE, android.view.WindowManager.LayoutParams.FLAG_SECURE);
        setContentView(R.layout.activity_payment_confirm);
    }
}

// ok: dfs-payment-screen-flag-secure (addFlags with a static import of FLAG_SECURE)
class OtpActivity extends Activity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        getWindow().addFlags(FLAG_SECURE);
    }
}

// ok: dfs-payment-screen-flag-secure (a Secure* base class from elsewhere in the project)
class BalanceActivity extends SecureActivity {
}

// ok: dfs-payment-screen-flag-secure (a project base class defined elsewhere: unknown)
class WithdrawActivity extends BaseActivity {
}
