// project: {"targetSdk": 34, "manifestPackage": "com.example.bank", "components": [{"tag": "service", "name": "com.example.bank.SyncService", "exported": true, "hasIntentFilter": true, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}, {"tag": "activity", "name": ".LocalActivity", "exported": false, "hasIntentFilter": false, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}}]}
package com.example.bank;

import android.content.Intent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.ObjectInputStream;

public class SyncService extends Service {
    @Override
    public int onStartCommand(Intent intent, int flags, int startId) {
        SyncJob job = androidx.core.content.IntentCompat.getSerializableExtra(intent, "job", SyncJob.class);
        //                             ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization 💡: exported service
        Object raw = intent.getSerializableExtra(EXTRA_RAW);
        //                  ^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization
        // ok: code-unsafe-deserialization (typed overload)
        SyncJob typed = intent.getSerializableExtra("job", SyncJob.class);
        return START_NOT_STICKY;
    }

    static final String EXTRA_RAW = "raw";
}

class LocalActivity extends Activity {
    void read() {
        // ok: code-unsafe-deserialization (not exported)
        SyncJob job = (SyncJob) getIntent().getSerializableExtra("job");
    }
}

class Vault {
    private final ObjectMapper mapper = new ObjectMapper();

    Object restore(String path) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new FileInputStream(path))) {
            return in.readObject();
            //        ^^^^^^^^^^ code-unsafe-deserialization: Java serialization
        }
    }

    Object inline(byte[] bytes) throws Exception {
        return new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();
        //                                                            ^^^^^^^^^^ code-unsafe-deserialization
    }

    void configure() {
        mapper.enableDefaultTyping(ObjectMapper.DefaultTyping.NON_FINAL);
        //     ^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization: Jackson
        mapper.activateDefaultTyping(mapper.getPolymorphicTypeValidator());
        //     ^^^^^^^^^^^^^^^^^^^^^ code-unsafe-deserialization
    }

    private void readObject(ObjectInputStream in) throws Exception {
        in.defaultReadObject();
        // ok: code-unsafe-deserialization (custom hook inside a deserialization reported where it starts)
        Object extra = in.readObject();
    }

    Object fine(String json) {
        // ok: code-unsafe-deserialization (Gson with a concrete type)
        return new Gson().fromJson(json, Session.class);
    }
}
