using System.Text.Json.Nodes;

namespace HealLink.FakeDiscord.Rest;

/// <summary>Discord's limits for a button and a string select.</summary>
internal static class FakeComponentRules
{
    private const int MaxLabel = 80;
    private const int MaxCustomId = 100;
    private const int MaxOptions = 25;

    public static void CheckButton(JsonObject button, string path)
    {
        var style = FakeMessageValidation.Int(button, "style");
        if (style is not (>= 1 and <= 5))
        {
            throw FakeMessageValidation.Invalid($"{path}.style", "Value must be one of {1, 2, 3, 4, 5}.");
        }

        if (button["label"]?.GetValue<string>() is { Length: > MaxLabel })
        {
            throw FakeMessageValidation.Invalid($"{path}.label", $"Must be {MaxLabel} or fewer in length.");
        }

        if (style == 5)
        {
            if (button["url"] is null)
            {
                throw FakeMessageValidation.Invalid($"{path}.url", "A link button requires a url.");
            }

            return;
        }

        CheckCustomId(button, path);
    }

    public static void CheckSelect(JsonObject select, string path)
    {
        CheckCustomId(select, path);
        if (select["options"] is not JsonArray { Count: >= 1 and <= MaxOptions } options)
        {
            throw FakeMessageValidation.Invalid($"{path}.options", $"Must be between 1 and {MaxOptions} in length.");
        }

        for (var o = 0; o < options.Count; o++)
        {
            if (options[o]?["label"]?.GetValue<string>() is not { Length: >= 1 and <= 100 }
                || options[o]?["value"]?.GetValue<string>() is not { Length: >= 1 and <= 100 })
            {
                throw FakeMessageValidation.Invalid($"{path}.options.{o}", "An option needs a label and a value of 1 to 100 characters.");
            }
        }
    }

    private static void CheckCustomId(JsonObject component, string path)
    {
        if (component["custom_id"]?.GetValue<string>() is not { Length: >= 1 and <= MaxCustomId })
        {
            throw FakeMessageValidation.Invalid($"{path}.custom_id", $"Must be between 1 and {MaxCustomId} in length.");
        }
    }
}
