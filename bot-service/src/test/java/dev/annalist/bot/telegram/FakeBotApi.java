package dev.annalist.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback for the tests: it keeps updates until a getUpdates offset confirms them
 * (as Telegram does), holds a long poll open until an update arrives or the timeout passes, records every
 * call, and can answer the next call of a method with an error (a 429 with retry_after, a 502) or drop
 * the connection.
 */
final class FakeBotApi implements AutoCloseable {
    static final String TOKEN = "123456:TEST-token";
    static final String USERNAME = "annalist_test_bot";

    /** A call the bot made: the method (lower-cased, as the client sends it), its JSON body, when, and our status. */
    record Call(String method, JsonNode body, Instant at, int status) {
        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText();
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> updates = new ArrayList<>(); // guarded by this
    private final Map<String, ConcurrentLinkedDeque<Fault>> faults = new ConcurrentHashMap<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(1);
    private final List<Integer> offsets = new CopyOnWriteArrayList<>();

    /** What to do instead of answering a call normally. */
    record Fault(int status, String body) {
        static Fault tooManyRequests(int retryAfter) {
            return new Fault(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                    + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
        }

        static Fault badGateway() {
            return new Fault(502, "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}");
        }

        static Fault dropConnection() {
            return new Fault(-1, null);
        }
    }

    /** A server already listening, for static fields of test classes. */
    static FakeBotApi started() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::serve);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // ---- what the tests do --------------------------------------------------------------------

    /** Queues an update (its update_id is assigned) and returns its id. */
    int push(ObjectNode update) {
        int id = nextUpdateId.incrementAndGet();
        update.put("update_id", id);
        synchronized (this) {
            updates.add(update);
            notifyAll();
        }
        return id;
    }

    /** Queues an update as is, with the id it already has: a re-delivery. */
    void pushAgain(ObjectNode update) {
        synchronized (this) {
            updates.add(update.deepCopy().put("redelivered", true));
            notifyAll();
        }
    }

    ObjectNode textMessage(long chatId, String text) {
        return message(chatId, "private", text);
    }

    ObjectNode message(long chatId, String chatType, String text) {
        ObjectNode update = json.createObjectNode();
        ObjectNode message = update.putObject("message");
        message.put("message_id", nextMessageId.incrementAndGet());
        message.put("date", Instant.now().getEpochSecond());
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId);
        chat.put("type", chatType);
        if (!chatType.equals("private")) {
            chat.put("title", "History club");
        }
        ObjectNode from = message.putObject("from");
        from.put("id", Math.abs(chatId) + 7);
        from.put("is_bot", false);
        from.put("first_name", "Reader");
        if (text != null) {
            message.put("text", text);
            if (text.startsWith("/")) {
                ObjectNode entity = message.putArray("entities").addObject();
                entity.put("type", "bot_command");
                entity.put("offset", 0);
                entity.put("length", text.contains(" ") ? text.indexOf(' ') : text.length());
            }
        }
        return update;
    }

    ObjectNode buttonPress(long chatId, String data) {
        ObjectNode update = json.createObjectNode();
        ObjectNode query = update.putObject("callback_query");
        query.put("id", "cb-" + nextMessageId.incrementAndGet());
        query.put("chat_instance", "ci-" + chatId);
        query.put("data", data);
        ObjectNode from = query.putObject("from");
        from.put("id", Math.abs(chatId) + 7);
        from.put("is_bot", false);
        from.put("first_name", "Reader");
        ObjectNode message = query.putObject("message");
        message.put("message_id", 1);
        message.put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.put("text", "an earlier answer");
        return update;
    }

    ObjectNode json(String text) {
        try {
            return (ObjectNode) json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    void failNext(String method, Fault fault) {
        faults.computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ConcurrentLinkedDeque<>()).add(fault);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    List<Call> sent(long chatId) {
        return calls("sendmessage").stream().filter(c -> c.status() == 200 && c.chatId() == chatId).toList();
    }

    List<Call> calls(String method, Predicate<Call> filter) {
        return calls(method).stream().filter(filter).toList();
    }

    List<Integer> offsets() {
        return offsets;
    }

    // ---- the server -----------------------------------------------------------------------------

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String[] parts = path.split("/");
            if (parts.length < 3 || !parts[1].equals("bot" + TOKEN)) {
                calls.add(new Call(parts[parts.length - 1].toLowerCase(Locale.ROOT), json.createObjectNode(), Instant.now(), 401));
                respond(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            String method = parts[parts.length - 1].toLowerCase(Locale.ROOT);
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = body(raw, exchange.getRequestHeaders().getFirst("Content-Type"));
            ConcurrentLinkedDeque<Fault> queued = faults.get(method);
            Fault fault = queued == null ? null : queued.poll();
            if (fault != null) {
                calls.add(new Call(method, body, Instant.now(), fault.status()));
                if (fault.status() < 0) {
                    return; // closing the exchange unanswered drops the connection
                }
                respond(exchange, fault.status(), fault.body());
                return;
            }
            String result = switch (method) {
                case "getme" -> "{\"id\":42,\"is_bot\":true,\"first_name\":\"Annalist\",\"username\":\"" + USERNAME + "\"}";
                case "deletewebhook", "setwebhook", "sendchataction", "answercallbackquery" -> "true";
                case "getupdates" -> updates(body);
                case "sendmessage" -> sentMessage(body);
                default -> null;
            };
            calls.add(new Call(method, body, Instant.now(), result == null ? 404 : 200));
            if (result == null) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}");
            } else {
                respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
            }
        }
    }

    /** JSON bodies as they are; multipart forms (setWebhook is sent as one) as an object of their fields. */
    private JsonNode body(byte[] raw, String contentType) throws IOException {
        if (raw.length == 0) {
            return json.createObjectNode();
        }
        if (contentType == null || !contentType.startsWith("multipart/")) {
            return json.readTree(raw);
        }
        String boundary = "--" + contentType.replaceFirst(".*boundary=", "").replace("\"", "");
        ObjectNode fields = json.createObjectNode();
        for (String part : new String(raw, StandardCharsets.UTF_8).split(java.util.regex.Pattern.quote(boundary))) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(part);
            int blank = part.indexOf("\r\n\r\n");
            if (name.find() && blank >= 0) {
                fields.put(name.group(1), part.substring(blank + 4).replaceFirst("\r\n$", ""));
            }
        }
        return fields;
    }

    private String updates(JsonNode body) throws IOException {
        int offset = body.path("offset").asInt(0);
        long timeoutMillis = Math.min(1000, body.path("timeout").asLong(0) * 1000);
        offsets.add(offset);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (this) {
            // Telegram forgets updates below the offset: they were confirmed.
            updates.removeIf(u -> u.path("update_id").asInt() < offset && !u.path("redelivered").asBoolean(false));
            while (updates.isEmpty() && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            List<ObjectNode> batch = new ArrayList<>(updates);
            // A re-delivered update is sent once more, whatever the offset, then forgotten.
            updates.removeIf(u -> u.path("redelivered").asBoolean(false));
            batch.forEach(u -> u.remove("redelivered"));
            return json.writeValueAsString(batch);
        }
    }

    private String sentMessage(JsonNode body) throws IOException {
        ObjectNode message = json.createObjectNode();
        message.put("message_id", nextMessageId.incrementAndGet());
        message.put("date", Instant.now().getEpochSecond());
        message.putObject("chat").put("id", body.path("chat_id").asLong()).put("type", "private");
        message.put("text", body.path("text").asText());
        return json.writeValueAsString(message);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            notifyAll();
        }
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        try {
            ((java.util.concurrent.ExecutorService) server.getExecutor()).awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
