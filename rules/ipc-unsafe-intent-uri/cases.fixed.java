package com.example.wallet.links;

import android.app.Activity;
import android.content.Intent;
import android.net.Uri;

public class DeepLinkActivity extends Activity {
    void route(Uri data) throws Exception {
        String target = data.getQueryParameter("next");
        Intent next = Intent.parseUri(target, Intent.URI_INTENT_SCHEME);
        next.addCategory(Intent.CATEGORY_BROWSABLE);
        next.setComponent(null);
        next.setSelector(null);
        //                   ^^^^^^^^ ipc-unsafe-intent-uri 💡
        startActivity(next);
    }

    void routeSafely(Uri data) throws Exception {
        // ok: ipc-unsafe-intent-uri (sanitised)
        Intent next = Intent.parseUri(data.getQueryParameter("next"), Intent.URI_INTENT_SCHEME);
        next.addCategory(Intent.CATEGORY_BROWSABLE);
        next.setComponent(null);
        next.setSelector(null);
        startActivity(next);
    }

    void plainUri(String s) throws Exception {
        // ok: ipc-unsafe-intent-uri (flags 0: only the data URI is parsed)
        Intent view = Intent.parseUri(s, 0);
        startActivity(view);
    }
}
