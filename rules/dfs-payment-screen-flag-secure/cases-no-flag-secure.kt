// project: {"markers": ["AppCompatActivity", "BaseActivity"]}
package com.example.pay.ui

class StatementFragment : Fragment() {
//    ^^^^^^^^^^^^^^^^^ dfs-payment-screen-flag-secure
}

class WithdrawActivity : BaseActivity() {
//    ^^^^^^^^^^^^^^^^ dfs-payment-screen-flag-secure
}

// ok: dfs-payment-screen-flag-secure (not a payment screen)
class SettingsActivity : BaseActivity()
