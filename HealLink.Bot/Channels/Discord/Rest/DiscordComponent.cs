namespace HealLink.Bot.Channels.Discord.Rest;

/// <summary>
/// A message component as Discord's JSON has it: an action row (type 1) holding up to five buttons (type 2) or one
/// string select (type 3). One shape for all three keeps serialization plain; build them with the factory methods.
/// </summary>
public sealed record DiscordComponent
{
    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int StringSelectType = 3;

    public int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Placeholder { get; init; }

    public IReadOnlyList<DiscordComponent>? Components { get; init; }

    public IReadOnlyList<DiscordSelectOption>? Options { get; init; }

    public static DiscordComponent Row(params DiscordComponent[] items) => new() { Type = ActionRowType, Components = items };

    public static DiscordComponent Button(DiscordButtonStyle style, string label, string customId) =>
        new() { Type = ButtonType, Style = (int)style, Label = label, CustomId = customId };

    public static DiscordComponent Select(string customId, IReadOnlyList<DiscordSelectOption> options, string? placeholder = null) =>
        new() { Type = StringSelectType, CustomId = customId, Options = options, Placeholder = placeholder };
}

public sealed record DiscordSelectOption(string Label, string Value, string? Description = null);

/// <summary>Button styles with a custom_id (5, Link, takes a URL instead and sends no interaction).</summary>
public enum DiscordButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
}
