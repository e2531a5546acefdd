// project: {"markers": ["BaseActivity", "setHideOverlayWindows"]}
package com.example.wallet

// ok: dfs-overlay-hide-windows (the project calls setHideOverlayWindows, likely in BaseActivity)
class ConfirmTransferActivity : BaseActivity() {
    fun confirm() = viewModel.confirm()
}
