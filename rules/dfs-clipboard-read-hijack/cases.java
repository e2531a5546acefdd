package com.example.pay.ui;

import android.content.ClipData;
import android.content.ClipboardManager;

public class TransferFragment extends Fragment {
    private EditText accountNumberInput;

    @Override
    public void onResume() {
        super.onResume();
        ClipboardManager cm = (ClipboardManager) requireContext().getSystemService(Context.CLIPBOARD_SERVICE);
        ClipData clip = cm.getPrimaryClip();
        //                 ^^^^^^^^^^^^^^ dfs-clipboard-read-hijack
        if (clip != null) accountNumberInput.setText(clip.getItemAt(0).getText());
    }

    @Override
    public void onViewCreated(View view, Bundle state) {
        view.findViewById(R.id.paste).setOnClickListener(new View.OnClickListener() {
            @Override
            public void onClick(View v) {
                // ok: dfs-clipboard-read-hijack (explicit paste button)
                ClipData clip = cm.getPrimaryClip();
                accountNumberInput.setText(clip.getItemAt(0).getText());
            }
        });
        // ok: dfs-clipboard-read-hijack (lambda listener)
        pasteButton.setOnClickListener(v -> accountNumberInput.setText(cm.getPrimaryClip().getItemAt(0).getText()));
    }

    public void onStart() {
        super.onStart();
        // ok: dfs-clipboard-read-hijack (clipboard read for a search box, not a payment field)
        searchBox.setText(cm.getPrimaryClip().getItemAt(0).getText());
    }
}
