package dev.annalist.bot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates that reads each update on its own. The library reads the whole batch at once, so one
 * update it cannot read would fail every poll and stall the bot on it for good; here such an update
 * becomes a bare one (only its id), which the handler ignores and the offset then confirms.
 */
public class TolerantGetUpdates extends GetUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(TolerantGetUpdates.class);

    public TolerantGetUpdates(int offset, int limit, int timeoutSeconds, List<String> allowedUpdates) {
        super(offset, limit, timeoutSeconds, allowedUpdates);
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = OBJECT_MAPPER.readTree(answer);
        } catch (Exception e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        if (!root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer); // errors keep the library's exception (code, retry_after)
        }
        ArrayList<Update> updates = new ArrayList<>();
        root.path("result").forEach(node -> read(node).ifPresent(updates::add));
        return updates;
    }

    /** The update, a bare one when only its id can be read, or empty when not even that. */
    static Optional<Update> read(JsonNode node) {
        try {
            return Optional.of(OBJECT_MAPPER.treeToValue(node, Update.class));
        } catch (Exception e) {
            if (!node.path("update_id").canConvertToInt()) {
                LOG.warn("skipping an update without an id: {}", e.getMessage());
                return Optional.empty();
            }
            LOG.warn("update {} could not be read and is ignored: {}", node.path("update_id").asInt(), e.getMessage());
            Update bare = new Update();
            bare.setUpdateId(node.path("update_id").asInt());
            return Optional.of(bare);
        }
    }
}
