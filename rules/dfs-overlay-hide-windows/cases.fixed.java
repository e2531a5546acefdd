package com.example.wallet;

import android.app.Activity;
import android.os.Build;
import android.os.Bundle;
import androidx.appcompat.app.AppCompatActivity;

public class MpinEntryActivity extends AppCompatActivity {
//           ^^^^^^^^^^^^^^^^^ dfs-overlay-hide-windows 💡
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (android.os.Build.VERSION.SDK_INT >= 31) getWindow().setHideOverlayWindows(true);
        setContentView(R.layout.activity_mpin);
    }
}

class TransferConfirmationActivity extends Activity {
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ dfs-overlay-hide-windows
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        setContentView(R.layout.activity_transfer);
    }
}

// ok: dfs-overlay-hide-windows (overlays hidden)
class PayActivity extends AppCompatActivity {
    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        if (Build.VERSION.SDK_INT >= 31) {
            getWindow().setHideOverlayWindows(true);
        }
    }
}

// ok: dfs-overlay-hide-windows (receipt screen: read-only)
class PaymentReceiptActivity extends AppCompatActivity {
}

// ok: dfs-overlay-hide-windows (a fragment: the hosting activity owns the window)
class PinFragment extends Fragment {
}
