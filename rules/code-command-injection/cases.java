package com.example.pay.net;

class Shell {
    static final String SU = "su";

    void run(String user, String file) throws Exception {
        Runtime.getRuntime().exec("ls -l /data/local/tmp/" + file);
        //                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-command-injection
        new ProcessBuilder("sh", "-c", String.format("id %s", user)).start();
        //                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ code-command-injection
        Runtime.getRuntime().exec(new String[]{"sh", "-c", "rm " + file});
        //                                                 ^^^^^^^^^^^^ code-command-injection
        // ok: code-command-injection (constant su check)
        Runtime.getRuntime().exec(SU);
        // ok: code-command-injection (no shell: the file is one argument)
        new ProcessBuilder("ls", "-l", file).start();
        // ok: code-command-injection (not Runtime.exec)
        executor.exec("x" + file);
    }
}
