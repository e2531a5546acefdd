package com.example.pay.auth;

class LoginController {
    private static final boolean BYPASS_LOGIN = true;
    //                           ^^^^^^^^^^^^ auth-developer-backdoor 💡
    private boolean skipVerification;

    boolean check(String password, String otp) {
        if (password.equals("Admin@123")) return true;
        //                  ^^^^^^^^^^^ auth-developer-backdoor
        if ("123456".equals(otp)) return true;
        //  ^^^^^^^^ auth-developer-backdoor
        // ruleid: auth-developer-backdoor 💡
        skipVerification = true;
        // ok: auth-developer-backdoor (not an auth bypass)
        boolean skipIntro = true;
        // ok: auth-developer-backdoor (a real check)
        return api.verify(password, otp);
    }
}
