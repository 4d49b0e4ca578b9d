package dev.annalist.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Per-chat order, duplicates dropped, a bounded backlog, and failures that do not stop the next update. */
class UpdateDispatcherTest {
    private final ObjectMapper json = new ObjectMapper();
    private final UpdateHandlerTest.RecordingSender sender = new UpdateHandlerTest.RecordingSender();

    private Update update(int id, long chat) throws Exception {
        return json.readValue("{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":1,\"chat\":{\"id\":"
                + chat + ",\"type\":\"private\"},\"text\":\"q" + id + "\"}}", Update.class);
    }

    @Test
    void runsAChatsUpdatesInOrderOnceAndCarriesOnAfterAFailure() throws Exception {
        UpdateHandler handler = mock(UpdateHandler.class);
        List<Integer> handled = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            Update u = call.getArgument(0);
            handled.add(u.getUpdateId());
            if (u.getUpdateId() == 2) {
                throw new IllegalStateException("boom");
            }
            return null;
        }).when(handler).handle(any());
        try (UpdateDispatcher dispatcher = new UpdateDispatcher(handler, sender, 3, 100)) {
            for (int id = 1; id <= 20; id++) {
                dispatcher.submit(update(id, 5));
            }
            dispatcher.submit(update(3, 5)); // re-delivered
            // The chat's updates run in order, so once the marker is handled a duplicate would have been too.
            dispatcher.submit(update(21, 5));
            await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains(21));
            assertThat(handled).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
        }
    }

    @Test
    void tellsAChatWithTooManyWaitingUpdatesToWait() throws Exception {
        UpdateHandler handler = mock(UpdateHandler.class);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(call -> release.await(10, TimeUnit.SECONDS)).when(handler).handle(any());
        try (UpdateDispatcher dispatcher = new UpdateDispatcher(handler, sender, 2, 2)) {
            dispatcher.submit(update(1, 6));
            dispatcher.submit(update(2, 6));
            dispatcher.submit(update(3, 6));
            await().atMost(Duration.ofSeconds(10)).until(() -> !sender.sent.isEmpty());
            assertThat(sender.sent.get(0).reply().html()).contains("still working on your earlier questions");
            release.countDown();
        }
    }
}
