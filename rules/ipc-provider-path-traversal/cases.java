package com.example.wallet.files;

import android.content.ContentProvider;
import android.net.Uri;
import android.os.ParcelFileDescriptor;
import java.io.File;
import java.io.FileNotFoundException;

public abstract class StatementProvider extends ContentProvider {
    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
        File file = new File(getContext().getFilesDir(), uri.getLastPathSegment());
        //                                                   ^^^^^^^^^^^^^^^^^^ ipc-provider-path-traversal
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY);
    }
}

abstract class CheckedProvider extends ContentProvider {
    @Override
    public ParcelFileDescriptor openFile(Uri uri, String mode) throws FileNotFoundException {
        File base = getContext().getFilesDir();
        // ok: ipc-provider-path-traversal (canonical check below)
        File file = new File(base, uri.getLastPathSegment());
        try {
            if (!file.getCanonicalPath().startsWith(base.getCanonicalPath())) throw new SecurityException();
        } catch (java.io.IOException e) {
            throw new FileNotFoundException();
        }
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.MODE_READ_ONLY);
    }
}
