using System.Globalization;
using System.Text.Json.Nodes;

namespace HealLink.FakeTelegram;

/// <summary>Bot API objects as Telegram writes them: snake_case, optional fields left out rather than null.</summary>
internal static class TelegramObjects
{
    public static JsonObject User(FakeTelegramUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName };
        if (user.LastName is not null)
        {
            json["last_name"] = user.LastName;
        }

        if (user.Username is not null)
        {
            json["username"] = user.Username;
        }

        if (user.LanguageCode is not null)
        {
            json["language_code"] = user.LanguageCode;
        }

        return json;
    }

    public static JsonObject Bot(BotIdentity bot) =>
        new() { ["id"] = bot.Id, ["is_bot"] = true, ["first_name"] = bot.FirstName, ["username"] = bot.Username };

    /// <summary>getMe's User, with the fields only getMe returns.</summary>
    public static JsonObject Me(BotIdentity bot)
    {
        var json = Bot(bot);
        json["can_join_groups"] = true;
        json["can_read_all_group_messages"] = false;
        json["supports_inline_queries"] = false;
        json["can_connect_to_business"] = false;
        json["has_main_web_app"] = false;
        json["has_topics_enabled"] = bot.TopicsEnabled;
        json["allows_users_to_create_topics"] = false;
        return json;
    }

    public static JsonObject Chat(ChatIdentity chat)
    {
        var json = new JsonObject { ["id"] = chat.Id };
        if (chat.FirstName is not null)
        {
            json["first_name"] = chat.FirstName;
        }

        if (chat.Title is not null)
        {
            json["title"] = chat.Title;
        }

        json["type"] = chat.Type;
        return json;
    }

    public static JsonObject Message(StoredMessage message, BotIdentity bot, bool withReply = true)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = message.From is null ? Bot(bot) : User(message.From),
            ["chat"] = Chat(message.Chat),
            ["date"] = message.Date.ToUnixTimeSeconds(),
        };
        if (message.ThreadId is { } threadId)
        {
            json["message_thread_id"] = threadId;
            json["is_topic_message"] = true;
        }

        if (withReply && message.ReplyTo is { } replyTo)
        {
            json["reply_to_message"] = Message(replyTo, bot, withReply: false);
        }

        if (message.EditDate is { } editDate)
        {
            json["edit_date"] = editDate.ToUnixTimeSeconds();
        }

        AddContent(json, message.Content);
        return json;
    }

    public static JsonObject File(FakeFile file) => new()
    {
        ["file_id"] = file.FileId,
        ["file_unique_id"] = file.FileUniqueId,
        ["file_size"] = file.Content.Length,
        ["file_path"] = file.FilePath,
    };

    /// <summary>A fake chat_instance: stable per chat, unrelated to its id, as in Telegram.</summary>
    public static string ChatInstance(long chatId) =>
        (-(chatId * 7_919 + 4_242_424_242)).ToString(CultureInfo.InvariantCulture);

    private static void AddContent(JsonObject json, MessageContent content)
    {
        var (textField, entitiesField) = content.IsMedia ? ("caption", "caption_entities") : ("text", "entities");
        if (content.Photo is { } photo)
        {
            json["photo"] = new JsonArray(new JsonObject
            {
                ["file_id"] = photo.FileId,
                ["file_unique_id"] = photo.FileUniqueId,
                ["file_size"] = photo.Content.Length,
                ["width"] = 320,
                ["height"] = 240,
            });
        }

        if (content.Voice is { } voice)
        {
            json["voice"] = new JsonObject
            {
                ["file_id"] = voice.FileId,
                ["file_unique_id"] = voice.FileUniqueId,
                ["file_size"] = voice.Content.Length,
                ["duration"] = 3,
                ["mime_type"] = "audio/ogg",
            };
        }

        if (content.Document is { } document)
        {
            json["document"] = new JsonObject
            {
                ["file_id"] = document.FileId,
                ["file_unique_id"] = document.FileUniqueId,
                ["file_size"] = document.Content.Length,
                ["file_name"] = content.DocumentName,
            };
        }

        if (!content.IsMedia || content.Formatted.Text.Length > 0)
        {
            json[textField] = content.Formatted.Text;
        }

        if (content.Formatted.Entities.Count > 0)
        {
            json[entitiesField] = content.Formatted.EntitiesJson();
        }

        if (content.Keyboard is { } keyboard)
        {
            json["reply_markup"] = keyboard.ToJson();
        }
    }
}
