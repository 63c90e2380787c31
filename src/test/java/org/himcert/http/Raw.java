package org.himcert.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP over a plain socket, for what {@code java.net.http} will not send: any Host, a Content-Length that lies,
 * broken chunks. Reads one response (by its Content-Length, or to the end of the connection).
 */
final class Raw {

    /** A response: status, headers (lower-case names), body. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private Raw() {
    }

    /** Sends the bytes to the port on 127.0.0.1, and reads the response, within a few seconds. */
    static Answer exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        int state = 0;
        while (state < 4 && (b = in.read()) >= 0) {
            head.write(b);
            state = b == '\r' && (state == 0 || state == 2) || b == '\n' && (state == 1 || state == 3) ? state + 1
                    : b == '\r' ? 1 : 0;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        String length = headers.get("content-length");
        byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }
}
