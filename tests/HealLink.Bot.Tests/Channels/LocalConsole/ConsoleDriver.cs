using System.Text.RegularExpressions;
using HealLink.Core.Tests.Conversations;

namespace HealLink.Bot.Tests.Channels.LocalConsole;

/// <summary>
/// Types into the console chat as a person would and reads what it printed. Each typed line is answered by a new
/// prompt, so waiting for the next prompt is waiting for the bot's reply. Buttons are pressed by typing the number
/// printed beside their label.
/// </summary>
internal abstract partial class ConsoleDriver
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);

    public abstract string Output { get; }

    public Task WaitForPromptAsync() => WaitForPromptsAsync(1);

    /// <summary>Types a line and returns everything printed until the next prompt.</summary>
    public async Task<string> TypeAsync(string line)
    {
        var prompts = Prompts().Count;
        var start = Output.Length;
        await WriteLineAsync(line);
        await WaitForPromptsAsync(prompts + 1);
        return Output[start..];
    }

    public Task<string> PressAsync(string label) => TypeAsync(NumberOf(label));

    public Task RunAsync(IEnumerable<ChatStep> steps) => steps.PlayAsync(TypeAsync, PressAsync);

    /// <summary>The number printed beside <paramref name="label"/> since the person last typed.</summary>
    public string NumberOf(string label)
    {
        var buttons = ButtonsSinceLastInput();
        return buttons.TryGetValue(label, out var number)
            ? number
            : throw new InvalidOperationException($"No button '{label}' among: {string.Join(" | ", buttons.Keys)}\n{Output}");
    }

    /// <summary>Every button printed after the prompt before the last one, by label.</summary>
    public Dictionary<string, string> ButtonsSinceLastInput()
    {
        var prompts = Prompts();
        var since = prompts.Count >= 2 ? prompts[^2].Index : 0;
        var lines = Output[since..].ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("    [", StringComparison.Ordinal));
        var buttons = new Dictionary<string, string>();
        foreach (Match match in lines.SelectMany(l => ButtonPattern().Matches(l)))
        {
            buttons.TryAdd(match.Groups["label"].Value.TrimStart('✓', ' '), match.Groups["number"].Value);
        }

        return buttons;
    }

    protected abstract Task WriteLineAsync(string line);

    private MatchCollection Prompts() => PromptPattern().Matches(Output);

    private async Task WaitForPromptsAsync(int count)
    {
        var deadline = DateTime.UtcNow + _patience;
        while (Prompts().Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No prompt after {_patience}. The console printed:\n{Output}");
            }

            await Task.Delay(10);
        }
    }

    [GeneratedRegex(@"(?<!→ )person \d+ › ")]
    private static partial Regex PromptPattern();

    [GeneratedRegex(@"\[(?<number>\d+)\] (?<label>.+?)(?=   \[|$)")]
    private static partial Regex ButtonPattern();
}
