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
import java.util.concurrent.Semaphore;
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

    private UpdateDispatcher dispatcher(UpdateHandler handler, int workers, int maxPending, int maxQueued) {
        return new UpdateDispatcher(handler, sender, workers, maxPending, maxQueued, Duration.ofSeconds(10));
    }

    private Update chatless(int id) throws Exception {
        return json.readValue("{\"update_id\":" + id + "}", Update.class);
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
        try (UpdateDispatcher dispatcher = dispatcher(handler, 3, 100, 1000)) {
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
    void tellsAChatWithTooManyWaitingUpdatesToWaitOncePerEpisode() throws Exception {
        UpdateHandler handler = mock(UpdateHandler.class);
        Semaphore gate = new Semaphore(0);
        List<Integer> handled = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            Update u = call.getArgument(0);
            if (UpdateHandler.chatOf(u) == 6) {
                gate.tryAcquire(10, TimeUnit.SECONDS);
            }
            handled.add(u.getUpdateId());
            return null;
        }).when(handler).handle(any());
        try (UpdateDispatcher dispatcher = dispatcher(handler, 2, 2, 1000)) {
            for (int id = 1; id <= 5; id++) {
                dispatcher.submit(update(id, 6)); // 1 and 2 wait; 3, 4 and 5 are over the limit
            }
            // One worker is held by chat 6, so the other runs the notices before this marker of chat 7.
            dispatcher.submit(update(9, 7));
            await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains(9));
            assertThat(sender.once).hasSize(1);
            assertThat(sender.once.get(0).reply().html()).contains("still working on your earlier questions");

            gate.release(2); // its backlog answered, the chat has recovered
            await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.waiting(6) == 0);
            for (int id = 10; id <= 12; id++) {
                dispatcher.submit(update(id, 6));
            }
            dispatcher.submit(update(13, 7));
            await().atMost(Duration.ofSeconds(10)).until(() -> handled.contains(13));
            assertThat(sender.once).hasSize(2); // a new episode, a new notice
            gate.release(10);
        }
    }

    @Test
    void closeAnswersTheUpdatesAlreadyTakenAndRefusesLaterOnes() throws Exception {
        UpdateHandler handler = mock(UpdateHandler.class);
        List<Integer> handled = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            Thread.sleep(50);
            handled.add(call.<Update>getArgument(0).getUpdateId());
            return null;
        }).when(handler).handle(any());
        UpdateDispatcher dispatcher = dispatcher(handler, 2, 10, 1000);
        for (int id = 1; id <= 5; id++) {
            dispatcher.submit(update(id, 8));
        }
        dispatcher.submit(update(6, 9));
        dispatcher.close(); // the offset has confirmed all six: they must not be lost
        dispatcher.submit(update(7, 9));
        assertThat(handled).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void boundsUpdatesWithoutAChatAndTheBacklogOfAllChats() throws Exception {
        UpdateHandler handler = mock(UpdateHandler.class);
        Semaphore gate = new Semaphore(0);
        List<Integer> handled = new CopyOnWriteArrayList<>();
        doAnswer(call -> {
            gate.tryAcquire(10, TimeUnit.SECONDS);
            handled.add(call.<Update>getArgument(0).getUpdateId());
            return null;
        }).when(handler).handle(any());
        try (UpdateDispatcher dispatcher = dispatcher(handler, 1, 2, 4)) {
            for (int id = 1; id <= 5; id++) {
                dispatcher.submit(chatless(id)); // only two may wait
            }
            assertThat(dispatcher.waiting(0)).isEqualTo(2);
            dispatcher.submit(update(10, 10));
            dispatcher.submit(update(11, 11));
            dispatcher.submit(update(12, 12)); // a fifth waiting update in all: dropped
            assertThat(dispatcher.waiting(11)).isEqualTo(1);
            assertThat(dispatcher.waiting(12)).isZero();
            gate.release(100);
        }
        assertThat(handled).containsExactlyInAnyOrder(1, 2, 10, 11);
        assertThat(sender.sent).isEmpty();
    }
}
