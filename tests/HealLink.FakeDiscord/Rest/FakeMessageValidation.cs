using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>What Discord checks in a message body, answered with its 50035 Invalid Form Body and the field's path.</summary>
internal static class FakeMessageValidation
{
    public const int MaxContent = 2000;
    public const int MaxNonce = 25;

    public static void CheckCreate(JsonObject payload, int files)
    {
        var content = payload["content"]?.GetValue<string>() ?? "";
        CheckContent(content);
        if (payload["nonce"] is JsonValue nonce && nonce.TryGetValue<string>(out var text) && text.Length > MaxNonce)
        {
            throw DiscordError.InvalidForm("nonce", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxNonce} or fewer in length.");
        }

        var components = payload["components"] as JsonArray;
        CheckComponents(components);
        if (content.Length == 0 && files == 0 && components is not { Count: > 0 })
        {
            throw DiscordError.EmptyMessage();
        }
    }

    public static void CheckContentAndComponents(JsonObject? payload)
    {
        CheckContent(payload?["content"]?.GetValue<string>());
        CheckComponents(payload?["components"] as JsonArray);
    }

    public static void CheckContent(string? content)
    {
        if (content is { Length: > MaxContent })
        {
            throw DiscordError.InvalidForm("content", "BASE_TYPE_MAX_LENGTH", $"Must be {MaxContent} or fewer in length.");
        }
    }

    /// <summary>Action rows (type 1) of up to five buttons (type 2) or one string select (type 3); custom_ids unique.</summary>
    public static void CheckComponents(JsonArray? rows)
    {
        if (rows is null)
        {
            return;
        }

        var customIds = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var path = $"components.{r}";
            var row = rows[r] as JsonObject ?? throw Invalid(path, "Must be an object.");
            var children = row["components"] as JsonArray;
            if (Int(row, "type") != 1 || children is not { Count: >= 1 and <= 5 })
            {
                throw Invalid(path, "An action row holds 1 to 5 components.");
            }

            var selects = children.Count(child => Int(child as JsonObject, "type") == 3);
            if (selects > 0 && children.Count > 1)
            {
                throw Invalid(path, "A select must be alone in its action row.");
            }

            for (var c = 0; c < children.Count; c++)
            {
                var child = children[c] as JsonObject ?? throw Invalid($"{path}.components.{c}", "Must be an object.");
                CheckChild(child, $"{path}.components.{c}", customIds);
            }
        }
    }

    private static void CheckChild(JsonObject child, string path, HashSet<string> customIds)
    {
        switch (Int(child, "type"))
        {
            case 2:
                FakeComponentRules.CheckButton(child, path);
                break;
            case 3:
                FakeComponentRules.CheckSelect(child, path);
                break;
            default:
                throw Invalid($"{path}.type", "Value must be one of {2, 3}.");
        }

        if (child["custom_id"]?.GetValue<string>() is { } customId && !customIds.Add(customId))
        {
            throw Invalid($"{path}.custom_id", "Component custom id cannot be duplicated.");
        }
    }

    public static int? Int(JsonObject? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static DiscordError Invalid(string path, string message) => DiscordError.InvalidForm(path, "COMPONENT_INVALID", message);
}
