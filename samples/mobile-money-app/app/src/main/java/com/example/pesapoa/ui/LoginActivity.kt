package com.example.pesapoa.ui

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.net.ConnectivityManager
import android.os.Build
import android.os.Bundle
import android.telephony.TelephonyManager
import android.util.Log
import android.view.WindowManager
import android.widget.Button
import android.widget.EditText
import android.widget.Toast
import androidx.appcompat.app.AlertDialog
import androidx.appcompat.app.AppCompatActivity
import androidx.biometric.BiometricManager
import androidx.biometric.BiometricPrompt
import androidx.core.content.ContextCompat
import com.example.pesapoa.R
import com.example.pesapoa.data.SessionStore
import com.example.pesapoa.legacy.LegacyCrypto
import com.example.pesapoa.model.LoginRequest
import com.example.pesapoa.model.LoginResponse
import com.example.pesapoa.model.OtpRequest
import com.example.pesapoa.net.ApiClient
import com.example.pesapoa.security.KeystoreHelper
import com.example.pesapoa.sms.SmsReceiver
import com.google.android.gms.safetynet.SafetyNet
import retrofit2.Call
import retrofit2.Callback
import retrofit2.Response

class LoginActivity : AppCompatActivity() {

    private lateinit var session: SessionStore
    private lateinit var etMsisdn: EditText
    private lateinit var etPin: EditText
    private var otpDialog: AlertDialog? = null
    private var otpField: EditText? = null
    private var deviceCheckDone = false

    /** SmsReceiver forwards the login OTP here so the user doesn't have to type it. */
    private val otpReceiver = object : BroadcastReceiver() {
        override fun onReceive(context: Context, intent: Intent) {
            val otp = intent.getStringExtra("otp") ?: return
            otpField?.setText(otp)
            verifyOtp(otp)
        }
    }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        setContentView(R.layout.activity_login)

        session = SessionStore(this)
        etMsisdn = findViewById(R.id.et_msisdn)
        etPin = findViewById(R.id.et_login_pin)
        session.msisdn?.let { etMsisdn.setText(it) }

        findViewById<Button>(R.id.btn_login).setOnClickListener { onLoginClicked() }
        findViewById<Button>(R.id.btn_biometric).setOnClickListener { showBiometricPrompt() }

        registerReceiver(otpReceiver, IntentFilter(SmsReceiver.ACTION_OTP_RECEIVED))
        runDeviceCheck()
    }

    override fun onDestroy() {
        unregisterReceiver(otpReceiver)
        super.onDestroy()
    }

    private fun onLoginClicked() {
        val msisdn = etMsisdn.text.toString().trim()
        val enteredPin = etPin.text.toString()
        Log.d(TAG, "login msisdn=$msisdn pin=$enteredPin")

        if (msisdn.length < 10 || enteredPin.length != 4) {
            Toast.makeText(this, R.string.error_pin, Toast.LENGTH_SHORT).show()
            return
        }
        if (!isOnline()) {
            offlineLogin(enteredPin)
            return
        }
        login(msisdn, enteredPin)
    }

    /** No data bundle: let the customer in with the PIN cached at the last online login. */
    private fun offlineLogin(enteredPin: String) {
        val storedPin = session.storedPin()
        if (storedPin != null && enteredPin == storedPin) {
            openHome()
        } else {
            Log.w(TAG, "Offline login failed: PIN incorrect")
            Toast.makeText(this, R.string.error_pin, Toast.LENGTH_SHORT).show()
        }
    }

    private fun login(msisdn: String, pin: String) {
        val request = LoginRequest(
            msisdn = msisdn,
            encryptedPin = KeystoreHelper.encryptPinForServer(pin),
            deviceId = deviceId(),
            deviceFingerprint = LegacyCrypto.fingerprint(msisdn + Build.FINGERPRINT)
        )
        ApiClient.api.login(request).enqueue(object : Callback<LoginResponse> {
            override fun onResponse(call: Call<LoginResponse>, response: Response<LoginResponse>) {
                val body = response.body()
                if (!response.isSuccessful || body == null) {
                    Toast.makeText(this@LoginActivity, R.string.error_pin, Toast.LENGTH_SHORT).show()
                    return
                }
                session.msisdn = msisdn
                session.accessToken = body.accessToken
                session.customerName = body.customerName
                session.savePin(pin)
                session.saveRefreshToken(body.refreshToken)
                if (body.otpRequired) showOtpDialog() else openHome()
            }

            override fun onFailure(call: Call<LoginResponse>, t: Throwable) {
                Log.e(TAG, "login failed for $msisdn", t)
                offlineLogin(pin)
            }
        })
    }

    private fun showOtpDialog() {
        val field = EditText(this)
        field.hint = "123456"
        otpField = field
        otpDialog = AlertDialog.Builder(this)
            .setTitle("Enter the code we sent by SMS")
            .setView(field)
            .setPositiveButton(android.R.string.ok) { _, _ -> verifyOtp(field.text.toString()) }
            .show()
    }

    private fun verifyOtp(otp: String) {
        val msisdn = session.msisdn ?: return
        Log.d(TAG, "verifying otp $otp for $msisdn")
        ApiClient.api.verifyOtp(OtpRequest(msisdn, otp)).enqueue(object : Callback<LoginResponse> {
            override fun onResponse(call: Call<LoginResponse>, response: Response<LoginResponse>) {
                otpDialog?.dismiss()
                if (response.isSuccessful) openHome()
            }

            override fun onFailure(call: Call<LoginResponse>, t: Throwable) {
                Toast.makeText(this@LoginActivity, "Network error", Toast.LENGTH_SHORT).show()
            }
        })
    }

    private fun showBiometricPrompt() {
        if (session.storedPin() == null) {
            Toast.makeText(this, "Log in with your PIN first", Toast.LENGTH_SHORT).show()
            return
        }
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.N && !session.biometricEnabled) {
            KeystoreHelper.createBiometricLoginKey()
            session.biometricEnabled = true
        }
        val executor = ContextCompat.getMainExecutor(this)
        val prompt = BiometricPrompt(this, executor, object : BiometricPrompt.AuthenticationCallback() {
            override fun onAuthenticationSucceeded(result: BiometricPrompt.AuthenticationResult) {
                // Fingerprint accepted: log in with the PIN saved at the last login
                val pin = session.storedPin() ?: return
                login(session.msisdn.orEmpty(), pin)
            }

            override fun onAuthenticationError(errorCode: Int, errString: CharSequence) {
                Log.w(TAG, "biometric error $errorCode: $errString")
            }
        })
        val info = BiometricPrompt.PromptInfo.Builder()
            .setTitle(getString(R.string.biometric_title))
            .setSubtitle(getString(R.string.biometric_subtitle))
            .setAllowedAuthenticators(
                BiometricManager.Authenticators.BIOMETRIC_WEAK or BiometricManager.Authenticators.DEVICE_CREDENTIAL
            )
            .setConfirmationRequired(false)
            .build()
        prompt.authenticate(info)
    }

    /** Device check from the aggregator onboarding checklist. */
    private fun runDeviceCheck() {
        val nonce = KeystoreHelper.randomBytes(24)
        SafetyNet.getClient(this)
            .attest(nonce, getString(R.string.safetynet_api_key))
            .addOnSuccessListener { response ->
                // TODO send response.jwsResult to the backend for verification
                Log.i(TAG, "SafetyNet ok, jws length=" + response.jwsResult?.length)
                deviceCheckDone = true
            }
            .addOnFailureListener { e ->
                // Many agent phones have no Play services: never block login on this
                Log.w(TAG, "SafetyNet unavailable", e)
                deviceCheckDone = true
            }
    }

    private fun deviceId(): String? {
        val tm = getSystemService(Context.TELEPHONY_SERVICE) as TelephonyManager
        return try {
            tm.deviceId
        } catch (e: SecurityException) {
            null
        }
    }

    private fun isOnline(): Boolean {
        val cm = getSystemService(Context.CONNECTIVITY_SERVICE) as ConnectivityManager
        return cm.activeNetworkInfo?.isConnected == true
    }

    private fun openHome() {
        startActivity(Intent(this, SendMoneyActivity::class.java))
        finish()
    }

    companion object {
        private const val TAG = "LoginActivity"
    }
}
