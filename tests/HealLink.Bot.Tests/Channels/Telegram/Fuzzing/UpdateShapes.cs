namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// Updates shaped as the Bot API sends them (field names, types and nesting as documented), with random values:
/// the starting point the fuzzer then breaks. Ids look like Telegram's, and a private chat's id is its person's.
/// </summary>
internal sealed class UpdateShapes(FuzzValues values)
{
    private static readonly string[] _chatTypes = ["private", "private", "private", "group", "supergroup", "channel", "Private", ""];

    private static readonly string[] _contentKinds = ["photo", "sticker", "voice", "video_note", "document", "location", "contact", "poll", "dice", "story"];

    private static readonly string[] _memberStatuses = ["member", "kicked", "left", "administrator", "restricted", "creator", "banned"];

    private static readonly string[] _unknownKinds =
    [
        "channel_post", "edited_channel_post", "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query",
        "poll", "poll_answer", "chat_member", "chat_join_request", "message_reaction", "business_message", "guest_message",
    ];

    public static IReadOnlyList<FuzzCategory> UpdateKinds { get; } =
        [FuzzCategory.Message, FuzzCategory.EditedMessage, FuzzCategory.CallbackQuery, FuzzCategory.MyChatMember, FuzzCategory.UnknownKind];

    /// <summary>The update's kind field and its payload.</summary>
    public (string Kind, FuzzNode Payload) Payload(FuzzCategory category) => category switch
    {
        FuzzCategory.Message => ("message", Message(depth: 0)),
        FuzzCategory.EditedMessage => ("edited_message", EditedMessage()),
        FuzzCategory.CallbackQuery => ("callback_query", CallbackQuery()),
        FuzzCategory.MyChatMember => ("my_chat_member", MyChatMember()),
        FuzzCategory.UnknownKind => (values.Chance(0.8) ? values.Pick(_unknownKinds) : values.Word(), values.Any(depth: 3)),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "not an update kind"),
    };

    private FuzzNode.Fields Message(int depth)
    {
        var personId = PersonId();
        var type = values.Pick(_chatTypes);
        var chatId = type == "private" ? personId : -1_000_000_000_000 - values.Random.NextInt64(1_000_000_000);
        var message = new FuzzNode.Fields(
        [
            ("message_id", FuzzNode.Of(values.Random.NextInt64(1, 1_000_000))),
            ("date", Date()),
            ("chat", Chat(chatId, type)),
            ("from", User(personId)),
        ]);
        if (values.Chance(0.7))
        {
            var text = values.String();
            message.Members.Add(("text", FuzzNode.Of(text)));
            if (text.StartsWith('/'))
            {
                message.Members.Add(("entities", Entity("bot_command", text.TakeWhile(c => c != ' ').Count())));
            }
        }
        else
        {
            message.Members.Add((values.Pick(_contentKinds), values.Any(depth: 2)));
            if (values.Chance(0.5))
            {
                message.Members.Add(("caption", FuzzNode.Of(values.String())));
            }
        }

        if (values.Chance(0.2))
        {
            message.Members.Add(("message_thread_id", FuzzNode.Of(values.Random.NextInt64(1, 10_000))));
        }

        if (depth < 2 && values.Chance(0.2))
        {
            message.Members.Add(("reply_to_message", Message(depth + 1)));
        }

        return message;
    }

    private FuzzNode.Fields EditedMessage()
    {
        var message = Message(depth: 0);
        message.Members.Add(("edit_date", Date()));
        return message;
    }

    private FuzzNode.Fields CallbackQuery()
    {
        var personId = PersonId();
        var query = new FuzzNode.Fields(
        [
            ("id", FuzzNode.Of(FuzzValues.Id(values.Random.NextInt64(1, long.MaxValue)))),
            ("from", User(personId)),
            ("chat_instance", FuzzNode.Of(FuzzValues.Id(values.Random.NextInt64()))),
            ("data", FuzzNode.Of(values.String())),
        ]);
        if (values.Chance(0.7))
        {
            query.Members.Insert(2, ("message", Message(depth: 1)));
        }

        return query;
    }

    // The member whose status changes is the bot itself (the fake's bot id).
    private FuzzNode.Fields MyChatMember()
    {
        var personId = PersonId();
        return new FuzzNode.Fields(
        [
            ("chat", Chat(personId, "private")),
            ("from", User(personId)),
            ("date", Date()),
            ("old_chat_member", BotMember()),
            ("new_chat_member", BotMember()),
        ]);
    }

    private FuzzNode.Fields BotMember() =>
        new([("user", User(123456)), ("status", FuzzNode.Of(values.Pick(_memberStatuses)))]);

    private FuzzNode.Fields User(long id)
    {
        var user = new FuzzNode.Fields(
        [
            ("id", FuzzNode.Of(id)),
            ("is_bot", FuzzNode.Of(values.Chance(0.1))),
            ("first_name", FuzzNode.Of(values.String())),
        ]);
        if (values.Chance(0.5))
        {
            user.Members.Add(("language_code", FuzzNode.Of(values.Pick(["en", "de", "ar", "he", "", "xx-YY"]))));
        }

        if (values.Chance(0.3))
        {
            user.Members.Add(("username", FuzzNode.Of(values.Word())));
        }

        return user;
    }

    private FuzzNode.Fields Chat(long id, string type) =>
        new([("id", FuzzNode.Of(id)), ("type", FuzzNode.Of(type)), (type == "private" ? "first_name" : "title", FuzzNode.Of(values.String()))]);

    private static FuzzNode.Items Entity(string type, int length) =>
        new([new FuzzNode.Fields([("type", FuzzNode.Of(type)), ("offset", FuzzNode.Of(0)), ("length", FuzzNode.Of(length))])]);

    private FuzzNode Date() => FuzzNode.Of(values.Random.NextInt64(1_600_000_000, 1_900_000_000));

    // Far above the fake's own user ids, so a generated message never lands in a real test person's chat.
    private long PersonId() => values.Random.NextInt64(5_000_000_000, 9_000_000_000);
}
