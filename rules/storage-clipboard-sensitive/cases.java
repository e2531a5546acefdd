package com.example.wallet.ui;

import android.content.ClipData;
import android.content.ClipboardManager;

public class VoucherScreen {
    private final ClipboardManager clipboard;

    VoucherScreen(ClipboardManager clipboard) {
        this.clipboard = clipboard;
    }

    void copyVoucher(String voucherCode) {
        ClipData clip = ClipData.newPlainText("voucher", voucherCode);
        clipboard.setPrimaryClip(clip);
        //                       ^^^^ storage-clipboard-sensitive 💡
    }

    void copyPassword(User user) {
        clipboard.setPrimaryClip(ClipData.newPlainText("pw", user.getPassword()));
        //                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ storage-clipboard-sensitive: password
    }

    void copyName(String displayName) {
        // ok: storage-clipboard-sensitive (not sensitive)
        clipboard.setPrimaryClip(ClipData.newPlainText("name", displayName));
    }
}
