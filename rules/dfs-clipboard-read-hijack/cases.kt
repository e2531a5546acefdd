package com.example.pay.ui

import android.content.ClipboardManager

class SendMoneyActivity : AppCompatActivity() {
    private lateinit var etRecipient: EditText
    private lateinit var etAmount: EditText

    override fun onResume() {
        super.onResume()
        if (etRecipient.text.isEmpty()) {
            val clipboard = getSystemService(Context.CLIPBOARD_SERVICE) as ClipboardManager
            val text = clipboard.primaryClip?.getItemAt(0)?.text?.toString()
            //                   ^^^^^^^^^^^ dfs-clipboard-read-hijack: onResume
            if (text != null) etRecipient.setText(text.trim())
        }
    }

    override fun onWindowFocusChanged(hasFocus: Boolean) {
        super.onWindowFocusChanged(hasFocus)
        val clip = clipboardManager.primaryClip ?: return
        //                          ^^^^^^^^^^^ dfs-clipboard-read-hijack
        binding.amountInput.text = clip.getItemAt(0).coerceToText(this).toString()
    }
}

class PasteButtonActivity : AppCompatActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        findViewById<Button>(R.id.btn_paste).setOnClickListener {
            // ok: dfs-clipboard-read-hijack (explicit paste button: the user chose to paste)
            val text = clipboard.primaryClip?.getItemAt(0)?.text ?: return@setOnClickListener
            etRecipient.setText(text)
        }
    }

    override fun onResume() {
        super.onResume()
        // ok: dfs-clipboard-read-hijack (only checks whether there is something to paste; fills nothing)
        pasteButton.isEnabled = clipboard.hasPrimaryClip()
        // ok: dfs-clipboard-read-hijack (read but written to a non-payment field)
        noteField.setText(clipboard.primaryClip?.getItemAt(0)?.text)
    }
}
