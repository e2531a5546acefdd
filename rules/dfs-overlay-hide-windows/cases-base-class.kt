// project: {"markers": ["BaseActivity", "onCreate"]}
package com.example.wallet

class ConfirmTransferActivity : BaseActivity() {
//    ^^^^^^^^^^^^^^^^^^^^^^^ dfs-overlay-hide-windows
    fun confirm() = viewModel.confirm()
}
